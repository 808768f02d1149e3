package com.croftcraft.dskorder.dsk;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code dsk.*} configuration: where DSK is, the merchant's credentials, the contract and the
 * inquiry slots. Without {@code baseUrl} the built-in sandbox answers.
 *
 * @param baseUrl DSK API root; {@code null} selects the built-in sandbox
 * @param merchantId DSK's {@code shopCode} (加盟店ID)
 * @param connectionId DSK's {@code terminalId} (接続元ID)
 * @param password DSK's {@code shopPassword} (ダイレクトパスワード); never logged or returned
 * @param invoiceDelivery {@code SEPARATE} or {@code ENCLOSED} (請求書同梱)
 * @param plan the fee plan the shop is on, {@code A}..{@code D}
 * @param inquirySlots when DSK publishes its reviewers' decisions, local time in {@code zone}
 * @param zone the zone of the inquiry slots, whatever the server's zone
 * @param rateLimitPerSecond DSK's request limit for one terminal
 * @param connectTimeout how long to wait for a connection to DSK
 * @param readTimeout how long to wait for DSK's answer
 */
@ConfigurationProperties("dsk")
public record DskProperties(
    URI baseUrl,
    @DefaultValue("SANDBOX01") String merchantId,
    @DefaultValue("SANDBOXT1") String connectionId,
    @DefaultValue("sandbox-password") String password,
    @DefaultValue("SEPARATE") InvoiceDelivery invoiceDelivery,
    @DefaultValue("A") String plan,
    @DefaultValue({"11:10", "14:10", "16:10", "18:10"}) List<LocalTime> inquirySlots,
    @DefaultValue("Asia/Tokyo") ZoneId zone,
    @DefaultValue("20") int rateLimitPerSecond,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout) {

  /** Whether the built-in sandbox stands in for DSK. */
  public boolean sandbox() {
    return baseUrl == null;
  }

  @Override
  public String toString() {
    return "DskProperties[baseUrl=%s, merchantId=%s, connectionId=%s, password=***, plan=%s]"
        .formatted(sandbox() ? "sandbox" : baseUrl, merchantId, connectionId, plan);
  }
}

package com.croftcraft.dskorder.sandbox;

import com.croftcraft.dskorder.credit.InquirySlots;
import com.croftcraft.dskorder.sandbox.SandboxTransaction.AuthorResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sandbox's side of every DSK operation, checked in the contract's order: {@code E0201}, {@code
 * E0301}, {@code E0404}, {@code E0403}, {@code E0402}, then all {@code E0101}/{@code E0102}
 * together, then {@code E0401}. Credentials and the rate limit are checked before, by {@link
 * SandboxController}. Every request about a transaction runs in one database transaction that locks
 * it, so concurrent requests about it take turns.
 */
@Service
@ConditionalOnSandbox
class DskSandbox {

  static final String REGISTER = "order/register";
  static final String AUTH_RESULT = "order/auth-result";
  static final String MODIFY = "order/modify";
  static final String CANCEL = "order/cancel";
  static final String SHIPMENT = "shipment/register";
  static final String PRINT_DATA = "invoice/print-data";

  private static final DateTimeFormatter AUTHORI_DATE =
      DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
  private static final Pattern TRANSACTION_ID = Pattern.compile("[0-9]{11}");
  private static final Pattern SLIP_NO = Pattern.compile("[0-9-]{1,20}");
  private static final Map<String, String> CARRIERS =
      Map.of(
          "11", "佐川急便",
          "12", "ヤマト運輸",
          "13", "日本通運",
          "14", "西濃運輸",
          "15", "郵便書留",
          "16", "ゆうパック",
          "18", "福山通運",
          "27", "エコ配");
  private static final int MAX_PRINT_DATA = 100;

  private final SandboxTransactions transactions;
  private final SeenRequests seenRequests;
  private final InquirySlots slots;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ObjectMapper json = new ObjectMapper();

  DskSandbox(
      SandboxTransactions transactions,
      SeenRequests seenRequests,
      InquirySlots slots,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.transactions = transactions;
    this.seenRequests = seenRequests;
    this.slots = slots;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** 注文情報登録. A concurrent registration of the same order loses on the unique constraint. */
  SandboxAnswer register(RequestDocument request) {
    String shopTransactionId = request.value("buyer.shopTransactionId");
    if (CreditReview.isDown(request.value("buyer.fullName"))) {
      return SandboxAnswer.down(about(shopTransactionId, null));
    }

    try {
      return inTransaction(() -> registerOnce(request, shopTransactionId));
    } catch (DataIntegrityViolationException lostRace) {
      return inTransaction(
          () ->
              transactions
                  .lockByShopTransactionId(shopTransactionId)
                  .map(existing -> alreadyRegistered(existing, clock.instant()))
                  .orElseThrow(() -> lostRace));
    }
  }

  /** 与信結果取得, by {@code transactionId} or, after a lost answer, by {@code shopTransactionId}. */
  SandboxAnswer authResult(RequestDocument request) {
    String transactionId = request.value("transaction.transactionId");
    String shopTransactionId = request.value("transaction.shopTransactionId");
    String about = about(shopTransactionId, transactionId);
    if (transactionId == null && shopTransactionId == null) {
      return SandboxAnswer.refused(SandboxError.missing("transaction.transactionId"), about);
    }

    return inTransaction(
        () -> {
          Instant now = clock.instant();
          Optional<SandboxTransaction> found =
              transactionId != null
                  ? locked(transactionId)
                  : transactions.lockByShopTransactionId(shopTransactionId);
          if (found.isEmpty()) {
            return unknown(about);
          }

          SandboxTransaction record = found.get();
          Optional<SandboxError> barred = barred(record, false);
          if (barred.isPresent()) {
            return seen(record, AUTH_RESULT, SandboxAnswer.refused(barred.get(), about(record)));
          }

          AuthorResult result = record.resultAt(now, slots);
          ResponseXml xml = ResponseXml.ok().open("transactionResult");
          xml.element("transactionId", record.transactionId())
              .element("shopTransactionId", record.shopTransactionId())
              .element("authorResult", result.authorResult())
              .element("authoriDate", AUTHORI_DATE.format(result.authoriDate().atZone(zone())));
          if (result.reasonCode() != null) {
            xml.open("holdReasons").open("holdReason");
            xml.element("reasonCode", result.reasonCode()).element("reason", result.reason());
            xml.close("holdReason").close("holdReasons");
          }
          xml.close("transactionResult");
          return seen(record, AUTH_RESULT, answer(xml, "OK " + result.authorResult(), record));
        });
  }

  /** 注文情報修正: keeps the result for the contract's three kinds of change, else re-reviews. */
  SandboxAnswer modify(RequestDocument request) {
    String transactionId = request.value("transaction.transactionId");
    String about = about(request.value("buyer.shopTransactionId"), transactionId);
    if (CreditReview.isDown(request.value("buyer.fullName"))) {
      return SandboxAnswer.down(about);
    }

    List<SandboxError> errors = new ArrayList<>();
    if (transactionId == null) {
      errors.add(SandboxError.missing("transaction.transactionId"));
      OrderReader.read(request, errors);
      return SandboxAnswer.refused(errors, about);
    }

    return inTransaction(
        () -> {
          Instant now = clock.instant();
          Optional<SandboxTransaction> found = locked(transactionId);
          if (found.isEmpty()) {
            return unknown(about);
          }

          SandboxTransaction record = found.get();
          Optional<SandboxError> barred = barred(record, true);
          if (barred.isPresent()) {
            return seen(record, MODIFY, SandboxAnswer.refused(barred.get(), about(record)));
          }

          SandboxOrder changed = OrderReader.read(request, errors);
          if (changed != null && !changed.shopTransactionId().equals(record.shopTransactionId())) {
            errors.add(SandboxError.malformed("buyer.shopTransactionId", "加盟店取引IDは変更できません"));
          }
          if (!errors.isEmpty()) {
            return seen(record, MODIFY, SandboxAnswer.refused(errors, about(record)));
          }

          SandboxOrder current = orderOf(record);
          record.accept(toJson(changed), changed.billedAmount(), changed.paymentType());
          boolean kept = current.keepsResultWhenChangedTo(changed);
          if (!kept) {
            String fullName = changed.buyer().fullName();
            record.review(CreditReview.ofChange(fullName, changed.billedAmount()), now);
          }

          String result = record.resultAt(now, slots).authorResult();
          String summary = "OK " + result + (kept ? " (result kept)" : " (reviewed again)");
          return seen(record, MODIFY, answer(transactionResult(record, result), summary, record));
        });
  }

  /** 注文キャンセル: allowed before and after the shipment; a second cancel answers E0403. */
  SandboxAnswer cancel(RequestDocument request) {
    return aboutTransaction(
        request,
        CANCEL,
        (record, now) -> {
          List<SandboxError> errors = matching(request, record);
          if (!errors.isEmpty()) {
            return SandboxAnswer.refused(errors, about(record));
          }

          record.cancel(now);
          return answer(transactionResult(record, null), "OK cancelled", record);
        });
  }

  /** 発送情報登録: the same report again is fine, a different one after the first is E0402. */
  SandboxAnswer shipment(RequestDocument request) {
    return aboutTransaction(
        request,
        SHIPMENT,
        (record, now) -> {
          String companyCode = request.value("pdRequest.pdCompanyCode");
          String slipNo = request.value("pdRequest.slipNo");
          LocalDate shippedDate = dateOrNull(request.value("pdRequest.shippedDate"));
          if (record.shipped() && !record.sameShipment(companyCode, slipNo, shippedDate)) {
            return SandboxAnswer.refused(SandboxError.of("E0402", "発送情報は登録済みです"), about(record));
          }

          List<SandboxError> errors = matching(request, record);
          errors.addAll(shipmentErrors(request));
          if (!errors.isEmpty()) {
            return SandboxAnswer.refused(errors, about(record));
          }

          if (record.shipped()) {
            return answer(transactionResult(record, null), "OK shipment already reported", record);
          }

          if (!record.resultAt(now, slots).ok()) {
            return SandboxAnswer.refused(
                SandboxError.of("E0401", "与信結果がOKではないため発送登録できません"), about(record));
          }

          record.reportShipment(companyCode, slipNo, shippedDate);
          return answer(transactionResult(record, null), "OK shipped", record);
        });
  }

  /** 請求書印字データ取得: one invoice per qualifying transaction, an error for each other. */
  SandboxAnswer printData(RequestDocument request) {
    List<RequestDocument> asked =
        request.at("transactions").map(all -> all.all("transaction")).orElse(List.of());
    List<SandboxError> errors = new ArrayList<>();
    if (asked.isEmpty()) {
      errors.add(SandboxError.missing("transactions.transaction"));
    } else if (asked.size() > MAX_PRINT_DATA) {
      errors.add(SandboxError.malformed("transactions.transaction", "取引は100件以内で指定してください"));
    } else {
      for (int index = 0; index < asked.size(); index++) {
        if (asked.get(index).value("transactionId") == null) {
          errors.add(SandboxError.missing("transactions.transaction[" + index + "].transactionId"));
        }
      }
    }
    if (!errors.isEmpty()) {
      return SandboxAnswer.refused(errors, "print data");
    }

    List<String> transactionIds =
        asked.stream().map(transaction -> transaction.value("transactionId")).toList();
    return inTransaction(() -> printData(transactionIds));
  }

  /** The sandbox's record of a transaction, for its admin endpoints. */
  Optional<SandboxTransactionView> view(String transactionId) {
    return inTransaction(
        () -> {
          Instant now = clock.instant();
          return locked(transactionId).map(record -> view(record, now));
        });
  }

  /** Marks the transaction as changed in DSK's admin screen: the API answers E0404 from now on. */
  Optional<SandboxTransactionView> changeInAdminScreen(String transactionId) {
    return inTransaction(
        () -> {
          Instant now = clock.instant();
          return locked(transactionId)
              .map(
                  record -> {
                    record.changeInAdminScreen(now);
                    return view(record, now);
                  });
        });
  }

  private SandboxAnswer registerOnce(RequestDocument request, String shopTransactionId) {
    Instant now = clock.instant();
    if (shopTransactionId != null) {
      Optional<SandboxTransaction> existing =
          transactions.lockByShopTransactionId(shopTransactionId);
      if (existing.isPresent()) {
        return alreadyRegistered(existing.get(), now);
      }
    }

    List<SandboxError> errors = new ArrayList<>();
    SandboxOrder order = OrderReader.read(request, errors);
    if (order == null) {
      return SandboxAnswer.refused(errors, about(shopTransactionId, null));
    }

    SandboxTransaction record = new SandboxTransaction(order.shopTransactionId(), now);
    record.accept(toJson(order), order.billedAmount(), order.paymentType());
    record.review(CreditReview.ofRegistration(order.buyer().fullName(), order.billedAmount()), now);
    transactions.saveAndFlush(record);

    String result = record.resultAt(now, slots).authorResult();
    return seen(
        record, REGISTER, answer(transactionResult(record, result), "OK " + result, record));
  }

  private SandboxAnswer alreadyRegistered(SandboxTransaction record, Instant now) {
    String result = record.resultAt(now, slots).authorResult();
    ResponseXml xml = ResponseXml.ng(List.of(SandboxError.of("E0201", "加盟店取引IDは登録済みです")));
    xml.open("transactionResult")
        .element("shopTransactionId", record.shopTransactionId())
        .element("transactionId", record.transactionId())
        .element("authorResult", result)
        .close("transactionResult");
    return seen(record, REGISTER, answer(xml, "NG E0201 (existing: " + result + ")", record));
  }

  private SandboxAnswer aboutTransaction(
      RequestDocument request, String operation, Operation body) {
    String transactionId = request.value("transaction.transactionId");
    String about = about(request.value("transaction.shopTransactionId"), transactionId);
    if (transactionId == null) {
      List<SandboxError> errors = new ArrayList<>();
      errors.add(SandboxError.missing("transaction.transactionId"));
      return SandboxAnswer.refused(errors, about);
    }

    return inTransaction(
        () -> {
          Instant now = clock.instant();
          Optional<SandboxTransaction> found = locked(transactionId);
          if (found.isEmpty()) {
            return unknown(about);
          }

          SandboxTransaction record = found.get();
          Optional<SandboxError> barred = barred(record, false);
          if (barred.isPresent()) {
            return seen(record, operation, SandboxAnswer.refused(barred.get(), about(record)));
          }
          return seen(record, operation, body.apply(record, now));
        });
  }

  private SandboxAnswer printData(List<String> transactionIds) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone());
    List<SandboxError> errors = new ArrayList<>();
    List<SandboxTransaction> printable = new ArrayList<>();

    for (String transactionId : transactionIds) {
      Optional<SandboxTransaction> found = locked(transactionId);
      Optional<SandboxError> refusal =
          found.isEmpty()
              ? Optional.of(SandboxError.of("E0301", "取引IDが存在しません"))
              : barred(found.get(), false).or(() -> notPrintable(found.get(), now));
      refusal.ifPresent(
          error -> errors.add(new SandboxError(error.code(), transactionId, error.message())));
      found.ifPresent(
          record -> {
            String summary = refusal.map(error -> "NG " + error.code()).orElse("OK invoice");
            seenRequests.save(
                new SeenRequest(Long.valueOf(record.transactionId()), PRINT_DATA, summary, now));
          });
      if (found.isPresent() && refusal.isEmpty()) {
        printable.add(found.get());
      }
    }

    ResponseXml xml = errors.isEmpty() ? ResponseXml.ok() : ResponseXml.ng(errors);
    if (!printable.isEmpty()) {
      xml.open("invoices");
      for (SandboxTransaction record : printable) {
        InvoicePrintData.write(xml, record, orderOf(record), record.invoiceStartDate(today));
      }
      xml.close("invoices");
    }

    String summary =
        "%s %d invoice(s), %d error(s)"
            .formatted(errors.isEmpty() ? "OK" : "NG", printable.size(), errors.size());
    return SandboxAnswer.of(xml, summary, "transactionIds " + transactionIds);
  }

  private Optional<SandboxError> notPrintable(SandboxTransaction record, Instant now) {
    if (record.paymentType() == 3 && record.resultAt(now, slots).ok()) {
      return Optional.empty();
    }
    return Optional.of(SandboxError.of("E0405", "請求書同梱の与信OK取引ではありません"));
  }

  private Optional<SandboxError> barred(SandboxTransaction record, boolean shipmentBars) {
    if (record.changedInAdminScreen()) {
      return Optional.of(SandboxError.of("E0404", "管理画面で変更された取引はAPIで操作できません"));
    }
    if (record.cancelled()) {
      return Optional.of(SandboxError.of("E0403", "キャンセル済みの取引です"));
    }
    if (shipmentBars && record.shipped()) {
      return Optional.of(SandboxError.of("E0402", "発送登録済みの取引は修正できません"));
    }
    return Optional.empty();
  }

  private static List<SandboxError> matching(RequestDocument request, SandboxTransaction record) {
    List<SandboxError> errors = new ArrayList<>();

    String shopTransactionId = request.value("transaction.shopTransactionId");
    if (shopTransactionId == null) {
      errors.add(SandboxError.missing("transaction.shopTransactionId"));
    } else if (!shopTransactionId.equals(record.shopTransactionId())) {
      errors.add(SandboxError.malformed("transaction.shopTransactionId", "加盟店取引IDが登録内容と一致しません"));
    }

    String billedAmount = request.value("transaction.billedAmount");
    if (billedAmount == null) {
      errors.add(SandboxError.missing("transaction.billedAmount"));
    } else if (!billedAmount.equals(String.valueOf(record.billedAmount()))) {
      errors.add(SandboxError.malformed("transaction.billedAmount", "請求金額が登録内容と一致しません"));
    }
    return errors;
  }

  private static List<SandboxError> shipmentErrors(RequestDocument request) {
    List<SandboxError> errors = new ArrayList<>();

    String companyCode = request.value("pdRequest.pdCompanyCode");
    if (companyCode == null) {
      errors.add(SandboxError.missing("pdRequest.pdCompanyCode"));
    } else if (!CARRIERS.containsKey(companyCode)) {
      errors.add(SandboxError.malformed("pdRequest.pdCompanyCode", "配送会社コードが正しくありません"));
    }

    String slipNo = request.value("pdRequest.slipNo");
    if (slipNo == null) {
      errors.add(SandboxError.missing("pdRequest.slipNo"));
    } else if (!SLIP_NO.matcher(slipNo).matches()) {
      errors.add(SandboxError.malformed("pdRequest.slipNo", "伝票番号は数字とハイフン20文字以内です"));
    }

    String shippedDate = request.value("pdRequest.shippedDate");
    if (shippedDate == null) {
      errors.add(SandboxError.missing("pdRequest.shippedDate"));
    } else if (dateOrNull(shippedDate) == null) {
      errors.add(SandboxError.malformed("pdRequest.shippedDate", "日付はyyyy/MM/dd形式で入力してください"));
    }
    return errors;
  }

  private ResponseXml transactionResult(SandboxTransaction record, String authorResult) {
    return ResponseXml.ok()
        .open("transactionResult")
        .element("shopTransactionId", record.shopTransactionId())
        .element("transactionId", record.transactionId())
        .element("authorResult", authorResult)
        .close("transactionResult");
  }

  private SandboxTransactionView view(SandboxTransaction record, Instant now) {
    List<SeenRequest> seen =
        seenRequests.findByTransactionIdOrderByIdAsc(Long.valueOf(record.transactionId()));
    return SandboxTransactionView.of(record, record.resultAt(now, slots), seen, zone());
  }

  private Optional<SandboxTransaction> locked(String transactionId) {
    if (!TRANSACTION_ID.matcher(transactionId).matches()) {
      return Optional.empty();
    }
    return transactions.lockById(Long.valueOf(transactionId));
  }

  private SandboxAnswer seen(SandboxTransaction record, String operation, SandboxAnswer answer) {
    Instant now = clock.instant();
    seenRequests.save(
        new SeenRequest(Long.valueOf(record.transactionId()), operation, answer.summary(), now));
    return answer;
  }

  private static SandboxAnswer unknown(String about) {
    return SandboxAnswer.refused(SandboxError.of("E0301", "取引IDが存在しません"), about);
  }

  private static SandboxAnswer answer(ResponseXml xml, String summary, SandboxTransaction record) {
    return SandboxAnswer.of(xml, summary, about(record));
  }

  private static String about(SandboxTransaction record) {
    return about(record.shopTransactionId(), record.transactionId());
  }

  private static String about(String shopTransactionId, String transactionId) {
    List<String> ids = new ArrayList<>();
    if (shopTransactionId != null) {
      ids.add("shopTransactionId '" + shopTransactionId + "'");
    }
    if (transactionId != null) {
      ids.add("transactionId '" + transactionId + "'");
    }
    return ids.isEmpty() ? "a request without ids" : String.join(", ", ids);
  }

  private static LocalDate dateOrNull(String text) {
    if (text == null) {
      return null;
    }

    try {
      return LocalDate.parse(text, OrderReader.DSK_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private SandboxOrder orderOf(SandboxTransaction record) {
    try {
      return json.readValue(record.orderData(), SandboxOrder.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Sandbox transaction " + record.transactionId() + " holds an unreadable order", e);
    }
  }

  private String toJson(SandboxOrder order) {
    try {
      return json.writeValueAsString(order);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store order " + order.shopTransactionId(), e);
    }
  }

  private ZoneId zone() {
    return slots.zone();
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }

  /** The part of an operation that runs once its transaction is found, locked and not barred. */
  @FunctionalInterface
  private interface Operation {
    SandboxAnswer apply(SandboxTransaction record, Instant now);
  }
}

package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.dsk.Carrier;
import com.croftcraft.dskorder.dsk.InvoiceDelivery;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An order paid with DSK 後払い: what the cart sent, what DSK answered and where the shipment stands.
 * The process instance with this order number as business key drives it; the REST edge reads it.
 *
 * <p>Updates write only the columns that changed: the invoice download marks {@code invoicePrinted}
 * with a statement of its own, and a copy of the order read before it must not write the old value
 * back.
 */
@Entity
@DynamicUpdate
@Table(name = "dsk_order")
public class Order {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String orderNumber;

  private String shopTransactionId;

  private OffsetDateTime orderedAt;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String paymentMethod;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "customer_name")),
    @AttributeOverride(name = "nameKana", column = @Column(name = "customer_name_kana")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "customer_postal_code")),
    @AttributeOverride(name = "prefecture", column = @Column(name = "customer_prefecture")),
    @AttributeOverride(name = "city", column = @Column(name = "customer_city")),
    @AttributeOverride(name = "street", column = @Column(name = "customer_street")),
    @AttributeOverride(name = "building", column = @Column(name = "customer_building")),
    @AttributeOverride(name = "phone", column = @Column(name = "customer_phone")),
    @AttributeOverride(name = "email", column = @Column(name = "customer_email"))
  })
  private Contact customer;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "destination_name")),
    @AttributeOverride(name = "nameKana", column = @Column(name = "destination_name_kana")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "destination_postal_code")),
    @AttributeOverride(name = "prefecture", column = @Column(name = "destination_prefecture")),
    @AttributeOverride(name = "city", column = @Column(name = "destination_city")),
    @AttributeOverride(name = "street", column = @Column(name = "destination_street")),
    @AttributeOverride(name = "building", column = @Column(name = "destination_building")),
    @AttributeOverride(name = "phone", column = @Column(name = "destination_phone")),
    @AttributeOverride(name = "email", column = @Column(name = "destination_email"))
  })
  private Contact destination;

  private String deliveryMethod;

  @Enumerated(EnumType.STRING)
  private Carrier deliveryCarrier;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dsk_order_item", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "line_no")
  private List<OrderItem> items = new ArrayList<>();

  private long shippingFee;

  private long totalAmount;

  @Enumerated(EnumType.STRING)
  private CreditStatus creditStatus;

  private Instant creditCheckedAt;

  private Instant creditNextInquiryAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dsk_order_credit_reason", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "position")
  private List<CreditReason> creditReasons = new ArrayList<>();

  private String dskTransactionId;

  private boolean registrationSent;

  @Enumerated(EnumType.STRING)
  private InvoiceDelivery invoiceDelivery;

  private boolean invoicePrinted;

  @Enumerated(EnumType.STRING)
  private Carrier shipmentCarrier;

  private String shipmentTrackingNumber;

  private LocalDate shipmentShippedOn;

  @Column(name = "shipment_registered")
  private boolean shipmentRegisteredWithDsk;

  private Instant shipmentRegisteredAt;

  private String requestFingerprint;

  /** The edit revision the cart sees as {@code version}: it moves only when the shop edits. */
  private long revision;

  /** The edit revision DSK last received. */
  private long dskRevision;

  /** The billed amount DSK last received. */
  private Long dskBilledAmount;

  @Version private long lockVersion;

  private Instant createdAt;

  private Instant updatedAt;

  protected Order() {}

  Order(OrderContent content, OffsetDateTime orderedAt, Channel channel, String fingerprint) {
    this.orderNumber = content.orderNumber();
    this.shopTransactionId = content.orderNumber();
    this.orderedAt = orderedAt;
    this.channel = channel;
    this.paymentMethod = PaymentMethods.DSK_ATOBARAI;
    this.status = OrderStatus.OPEN;
    this.creditStatus = CreditStatus.PENDING;
    this.requestFingerprint = fingerprint;
    this.revision = 1;
    apply(content);
  }

  private void apply(OrderContent content) {
    this.customer = content.customer();
    this.destination = content.destination();
    this.deliveryMethod = content.deliveryMethod();
    this.deliveryCarrier = content.deliveryCarrier();
    this.items = new ArrayList<>(content.items());
    this.shippingFee = content.shippingFee();
    this.totalAmount = content.totalAmount();
    this.invoiceDelivery = content.invoiceDelivery();
  }

  /** The shop edited the order: the new content replaces the old whole. */
  public void edited(OrderContent content) {
    apply(content);
    this.revision++;
  }

  /** DSK accepted the content of the current revision. */
  public void dskReceivedCurrentRevision() {
    this.dskRevision = revision;
    this.dskBilledAmount = totalAmount;
  }

  /** The billed amount as DSK has it, which an edit not yet sent has not changed. */
  public long dskBilledAmount() {
    return dskBilledAmount != null ? dskBilledAmount : totalAmount;
  }

  /**
   * After its old DSK transaction was cancelled, the shipped order is registered again under a new
   * {@code shopTransactionId}: the order number with the next suffix ({@code -2}, {@code -3}).
   */
  public void reRegistered() {
    this.shopTransactionId = orderNumber + "-" + (registrationNumber() + 1);
    this.dskTransactionId = null;
    this.dskBilledAmount = null;
    this.dskRevision = 0;
    this.registrationSent = false;
    this.shipmentRegisteredWithDsk = false;
    this.shipmentRegisteredAt = null;
    this.creditStatus = CreditStatus.PENDING;
    this.creditReasons = new ArrayList<>();
    this.creditNextInquiryAt = null;
  }

  private int registrationNumber() {
    if (shopTransactionId.equals(orderNumber)) {
      return 1;
    }
    return Integer.parseInt(shopTransactionId.substring(orderNumber.length() + 1));
  }

  /** Whether the shop edited the order after DSK last received it. */
  public boolean dskBehind() {
    return dskRevision < revision;
  }

  /** The order's content as DSK is told about it. */
  public OrderContent content() {
    return new OrderContent(
        orderNumber,
        customer,
        destination,
        deliveryMethod,
        deliveryCarrier,
        items(),
        shippingFee,
        totalAmount,
        invoiceDelivery);
  }

  /** A re-review of an edit is expected: the order waits like a new HOLD. */
  public void creditReReviewExpected() {
    this.creditStatus = CreditStatus.HOLD;
    this.creditNextInquiryAt = null;
  }

  /** Marks that a registration went out, so a retry first looks for it at DSK. */
  public void registrationSent() {
    this.registrationSent = true;
  }

  /** Records DSK's credit answer. */
  public void creditAnswered(
      CreditStatus status,
      String transactionId,
      Instant checkedAt,
      List<CreditReason> reasons,
      Instant nextInquiryAt) {
    this.creditStatus = status;
    this.dskTransactionId = transactionId;
    this.creditCheckedAt = checkedAt;
    this.creditReasons = new ArrayList<>(reasons);
    this.creditNextInquiryAt = nextInquiryAt;
  }

  /** DSK could not be reached past the retries, or refused the call: a person must act. */
  public void creditFailed(Instant at, List<CreditReason> reasons) {
    this.creditStatus = CreditStatus.ERROR;
    this.creditCheckedAt = at;
    this.creditReasons = new ArrayList<>(reasons);
    this.creditNextInquiryAt = null;
  }

  /** DSK is asked (again) and has not answered yet. */
  public void creditPending() {
    this.creditStatus = CreditStatus.PENDING;
    this.creditNextInquiryAt = null;
  }

  /** The parcel left the shop with this tracking number. */
  public void shipped(Carrier carrier, String trackingNumber, LocalDate shippedOn) {
    this.shipmentCarrier = carrier;
    this.shipmentTrackingNumber = trackingNumber;
    this.shipmentShippedOn = shippedOn;
    this.status = OrderStatus.SHIPPED;
  }

  /** DSK accepted the shipment report and follows the parcel from now on. */
  public void shipmentRegisteredWithDsk(Instant at) {
    this.shipmentRegisteredWithDsk = true;
    this.shipmentRegisteredAt = at;
  }

  /** The DSK transaction that followed the parcel was cancelled. */
  public void shipmentWithdrawn() {
    this.shipmentRegisteredWithDsk = false;
  }

  /** The shop cancelled the order; DSK's transaction is cancelled by the process. */
  public void cancelled() {
    this.status = OrderStatus.CANCELLED;
    this.creditNextInquiryAt = null;
  }

  /** The shop moved the order to another payment method; it leaves DSK. */
  public void paymentMethodChanged(String paymentMethod) {
    this.paymentMethod = paymentMethod;
    this.status = OrderStatus.PAYMENT_METHOD_CHANGED;
    this.creditStatus = CreditStatus.NOT_APPLICABLE;
    this.creditNextInquiryAt = null;
  }

  public boolean closed() {
    return status == OrderStatus.CANCELLED || status == OrderStatus.PAYMENT_METHOD_CHANGED;
  }

  @PrePersist
  @PreUpdate
  void stamp() {
    Instant now = Instant.now();
    if (createdAt == null) {
      createdAt = now;
    }
    updatedAt = now;
  }

  public boolean hasSameRequest(String fingerprint) {
    return requestFingerprint.equals(fingerprint);
  }

  public boolean sentToDsk() {
    return registrationSent;
  }

  public Long id() {
    return id;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public String shopTransactionId() {
    return shopTransactionId;
  }

  public OffsetDateTime orderedAt() {
    return orderedAt;
  }

  public Channel channel() {
    return channel;
  }

  public String paymentMethod() {
    return paymentMethod;
  }

  public OrderStatus status() {
    return status;
  }

  public Contact customer() {
    return customer;
  }

  public Contact destination() {
    return destination;
  }

  public String deliveryMethod() {
    return deliveryMethod;
  }

  public Carrier deliveryCarrier() {
    return deliveryCarrier;
  }

  public List<OrderItem> items() {
    return List.copyOf(items);
  }

  public long shippingFee() {
    return shippingFee;
  }

  public long totalAmount() {
    return totalAmount;
  }

  public CreditStatus creditStatus() {
    return creditStatus;
  }

  public Instant creditCheckedAt() {
    return creditCheckedAt;
  }

  public Instant creditNextInquiryAt() {
    return creditNextInquiryAt;
  }

  public List<CreditReason> creditReasons() {
    return List.copyOf(creditReasons);
  }

  public String dskTransactionId() {
    return dskTransactionId;
  }

  public InvoiceDelivery invoiceDelivery() {
    return invoiceDelivery;
  }

  public boolean invoicePrinted() {
    return invoicePrinted;
  }

  public Carrier shipmentCarrier() {
    return shipmentCarrier;
  }

  public String shipmentTrackingNumber() {
    return shipmentTrackingNumber;
  }

  public LocalDate shipmentShippedOn() {
    return shipmentShippedOn;
  }

  public boolean shipmentRegisteredWithDsk() {
    return shipmentRegisteredWithDsk;
  }

  public Instant shipmentRegisteredAt() {
    return shipmentRegisteredAt;
  }

  public long revision() {
    return revision;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

package com.croftcraft.dskorder.dsk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * DSK's documents as Jackson XML types. The property order of each request type is the element
 * order of the contract; {@code null} elements are left out.
 */
final class DskXml {

  private final XMLInputFactory inputFactory;
  private final XmlMapper mapper;

  DskXml() {
    inputFactory = XMLInputFactory.newFactory();
    inputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    inputFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    mapper =
        XmlMapper.builder(XmlFactory.builder().xmlInputFactory(inputFactory).build())
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
  }

  /** The request as UTF-8 bytes. */
  byte[] write(Request request) {
    try {
      return mapper.writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * DSK's answer, or an {@link UnreadableAnswer} when it is not a well-formed document with root
   * {@code <response>}. The failure names the position, never the content.
   */
  Response read(byte[] body) {
    checkRoot(body);

    try {
      return mapper.readValue(body, Response.class);
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      throw new UnreadableAnswer(
          location == null
              ? "answer does not match DSK's response document"
              : "answer does not match DSK's response document (line %d, column %d)"
                  .formatted(location.getLineNr(), location.getColumnNr()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkRoot(byte[] body) {
    XMLStreamReader reader = null;
    try {
      reader = inputFactory.createXMLStreamReader(new ByteArrayInputStream(body));
      String root = reader.nextTag() == XMLStreamReader.START_ELEMENT ? reader.getLocalName() : "";
      if (!"response".equals(root)) {
        throw new UnreadableAnswer("answer has root <" + root + ">, not <response>");
      }
    } catch (XMLStreamException e) {
      var location = e.getLocation();
      throw new UnreadableAnswer(
          location == null
              ? "answer is not well-formed XML"
              : "answer is not well-formed XML (line %d, column %d)"
                  .formatted(location.getLineNumber(), location.getColumnNumber()));
    } finally {
      close(reader);
    }
  }

  private static void close(XMLStreamReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // Nothing to release for a reader over a byte array.
    }
  }

  /** An answer that is not DSK's XML; the message holds no content of the answer. */
  static final class UnreadableAnswer extends RuntimeException {
    UnreadableAnswer(String message) {
      super(message, null, false, false);
    }
  }

  @JacksonXmlRootElement(localName = "request")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "shopInfo",
    "transaction",
    "transactions",
    "buyer",
    "deliveries",
    "pdRequest"
  })
  record Request(
      ShopInfo shopInfo,
      Transaction transaction,
      Transactions transactions,
      Buyer buyer,
      Deliveries deliveries,
      PdRequest pdRequest) {}

  @JsonPropertyOrder({"shopCode", "terminalId", "shopPassword"})
  record ShopInfo(String shopCode, String terminalId, String shopPassword) {

    @Override
    public String toString() {
      return "ShopInfo[shopCode=%s, terminalId=%s]".formatted(shopCode, terminalId);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"transactionId", "shopTransactionId", "billedAmount"})
  record Transaction(String transactionId, String shopTransactionId, Long billedAmount) {}

  record Transactions(
      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "transaction")
          List<Transaction> transaction) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "shopTransactionId",
    "shopOrderDate",
    "fullName",
    "fullKanaName",
    "zipCode",
    "address1",
    "address2",
    "address3",
    "tel",
    "email",
    "billedAmount",
    "paymentType"
  })
  record Buyer(
      String shopTransactionId,
      String shopOrderDate,
      String fullName,
      String fullKanaName,
      String zipCode,
      String address1,
      String address2,
      String address3,
      String tel,
      String email,
      long billedAmount,
      int paymentType) {}

  record Deliveries(Delivery delivery) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"deliveryCustomer", "details"})
  record Delivery(
      DeliveryCustomer deliveryCustomer,
      @JacksonXmlElementWrapper(localName = "details") @JacksonXmlProperty(localName = "detail")
          List<Detail> details) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "fullName",
    "fullKanaName",
    "zipCode",
    "address1",
    "address2",
    "address3",
    "tel"
  })
  record DeliveryCustomer(
      String fullName,
      String fullKanaName,
      String zipCode,
      String address1,
      String address2,
      String address3,
      String tel) {}

  @JsonPropertyOrder({"detailName", "detailPrice", "detailQuantity"})
  record Detail(String detailName, long detailPrice, int detailQuantity) {}

  @JsonPropertyOrder({"pdCompanyCode", "slipNo", "shippedDate"})
  record PdRequest(String pdCompanyCode, String slipNo, String shippedDate) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Response {
    public String result;

    @JacksonXmlElementWrapper(localName = "errors")
    @JacksonXmlProperty(localName = "error")
    public List<Error> errors;

    public TransactionResult transactionResult;

    @JacksonXmlElementWrapper(localName = "invoices")
    @JacksonXmlProperty(localName = "invoice")
    public List<InvoiceData> invoices;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Error {
    public String errorCode;
    public String errorItem;
    public String errorMessage;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class TransactionResult {
    public String transactionId;
    public String shopTransactionId;
    public String authorResult;
    public String authoriDate;

    @JacksonXmlElementWrapper(localName = "holdReasons")
    @JacksonXmlProperty(localName = "holdReason")
    public List<HoldReasonData> holdReasons;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class HoldReasonData {
    public String reasonCode;
    public String reason;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class InvoiceData {
    public String transactionId;
    public String shopTransactionId;
    public String invoiceCode;
    public String invoiceBarCode;
    public String fullName;
    public String zipCode;
    public String address1;
    public String address2;
    public String address3;
    public String billedAmount;
    public String tax;
    public String invoiceStartDate;
    public String timeOfReceipts;

    @JacksonXmlElementWrapper(localName = "details")
    @JacksonXmlProperty(localName = "detail")
    public List<DetailData> details;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class DetailData {
    public String detailName;
    public String detailPrice;
    public String detailQuantity;
  }
}

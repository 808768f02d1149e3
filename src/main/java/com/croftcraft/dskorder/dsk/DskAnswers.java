package com.croftcraft.dskorder.dsk;

import com.croftcraft.dskorder.dsk.DskXml.DetailData;
import com.croftcraft.dskorder.dsk.DskXml.Response;
import com.croftcraft.dskorder.dsk.DskXml.TransactionResult;
import com.croftcraft.dskorder.dsk.DskXml.UnreadableAnswer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads DSK's answers into the service's types. Anything the contract does not allow ends as an
 * {@link UnreadableAnswer}. DSK's own texts are passed on with the password masked, in case DSK
 * ever echoes it.
 */
final class DskAnswers {

  private static final DateTimeFormatter AUTHORI_DATE =
      DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
  private static final DateTimeFormatter INVOICE_DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");

  private final String password;

  DskAnswers(DskProperties properties) {
    this.password = properties.password();
  }

  /** Whether DSK processed the request ({@code OK}) or refused it ({@code NG}). */
  boolean isOk(Response response) {
    String result = text(response.result);
    if ("OK".equals(result)) {
      return true;
    }
    if ("NG".equals(result)) {
      return false;
    }
    throw new UnreadableAnswer("answer has no result OK or NG");
  }

  /** The answer itself when DSK processed the request, else the refusal as an exception. */
  Response requireOk(String operation, Response response) {
    if (isOk(response)) {
      return response;
    }
    throw refusal(operation, response);
  }

  /** DSK's refusal as the type named after its first error code. */
  DskRefused refusal(String operation, Response response) {
    List<DskError> errors = errors(response);
    if (errors.isEmpty()) {
      throw new UnreadableAnswer("answer is NG without errors");
    }

    return switch (errors.get(0).code()) {
      case "E0001" -> new WrongCredentials(operation, errors);
      case "E0101", "E0102" -> new InvalidOrder(operation, errors);
      case "E0201" -> new AlreadyRegistered(operation, errors, existing(response));
      case "E0301" -> new UnknownTransaction(operation, errors);
      case "E0401" -> new CreditNotOk(operation, errors);
      case "E0402" -> new AlreadyShipped(operation, errors);
      case "E0403" -> new AlreadyCancelled(operation, errors);
      case "E0404" -> new ChangedInDskAdminScreen(operation, errors);
      case "E0405" -> new NotEnclosedInvoice(operation, errors);
      default -> new DskRefused(operation, errors);
    };
  }

  List<DskError> errors(Response response) {
    if (response.errors == null) {
      return List.of();
    }
    return response.errors.stream()
        .map(
            error -> {
              String code = required(error.errorCode, "errorCode");
              return new DskError(code, masked(error.errorItem), masked(error.errorMessage));
            })
        .toList();
  }

  /** The credit answer of an {@code OK} answer to registration, inquiry or modification. */
  CreditAnswer credit(Response response) {
    TransactionResult result = response.transactionResult;
    if (result == null) {
      throw new UnreadableAnswer("answer has no transactionResult");
    }

    String authorResult = required(result.authorResult, "authorResult");
    return new CreditAnswer(
        required(result.transactionId, "transactionId"),
        text(result.shopTransactionId),
        AuthorResult.fromDsk(authorResult)
            .orElseThrow(() -> new UnreadableAnswer("answer has an unknown authorResult")),
        decidedAt(result.authoriDate),
        holdReasons(result));
  }

  List<Invoice> invoices(Response response) {
    if (response.invoices == null) {
      return List.of();
    }
    return response.invoices.stream()
        .map(
            invoice ->
                new Invoice(
                    required(invoice.transactionId, "invoice.transactionId"),
                    text(invoice.shopTransactionId),
                    required(invoice.invoiceCode, "invoice.invoiceCode"),
                    required(invoice.invoiceBarCode, "invoice.invoiceBarCode"),
                    text(invoice.fullName),
                    text(invoice.zipCode),
                    text(invoice.address1),
                    text(invoice.address2),
                    text(invoice.address3),
                    number(invoice.billedAmount, "invoice.billedAmount"),
                    number(invoice.tax, "invoice.tax"),
                    invoiceDate(invoice.invoiceStartDate, "invoice.invoiceStartDate"),
                    invoiceDate(invoice.timeOfReceipts, "invoice.timeOfReceipts"),
                    details(invoice.details)))
        .toList();
  }

  private CreditAnswer existing(Response response) {
    TransactionResult result = response.transactionResult;
    if (result == null) {
      throw new UnreadableAnswer("answer E0201 has no transactionResult");
    }

    String authorResult = text(result.authorResult);
    return new CreditAnswer(
        required(result.transactionId, "transactionId"),
        text(result.shopTransactionId),
        authorResult == null ? null : AuthorResult.fromDsk(authorResult).orElse(null),
        decidedAt(result.authoriDate),
        holdReasons(result));
  }

  private static List<HoldReason> holdReasons(TransactionResult result) {
    if (result.holdReasons == null) {
      return List.of();
    }
    return result.holdReasons.stream()
        .map(reason -> new HoldReason(text(reason.reasonCode), text(reason.reason)))
        .toList();
  }

  private static List<DskDetail> details(List<DetailData> details) {
    if (details == null) {
      return List.of();
    }
    return details.stream()
        .map(
            detail ->
                new DskDetail(
                    text(detail.detailName),
                    number(detail.detailPrice, "detailPrice"),
                    Math.toIntExact(number(detail.detailQuantity, "detailQuantity"))))
        .toList();
  }

  private static LocalDateTime decidedAt(String authoriDate) {
    String text = text(authoriDate);
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, AUTHORI_DATE);
    } catch (DateTimeParseException e) {
      throw new UnreadableAnswer("answer has a malformed authoriDate");
    }
  }

  private static LocalDate invoiceDate(String value, String name) {
    try {
      return LocalDate.parse(required(value, name), INVOICE_DATE);
    } catch (DateTimeParseException e) {
      throw new UnreadableAnswer("answer has a malformed " + name);
    }
  }

  private static long number(String value, String name) {
    try {
      return Long.parseLong(required(value, name));
    } catch (NumberFormatException e) {
      throw new UnreadableAnswer("answer has a malformed " + name);
    }
  }

  private static String required(String value, String name) {
    String text = text(value);
    if (text == null) {
      throw new UnreadableAnswer("answer has no " + name);
    }
    return text;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String masked(String value) {
    String text = text(value);
    if (text == null || password == null || password.isEmpty()) {
      return text;
    }
    return text.replace(password, "***");
  }
}

package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.api.FieldProblem;
import com.croftcraft.dskorder.dsk.Carrier;
import com.croftcraft.dskorder.order.OrderRequest.ContactRequest;
import com.croftcraft.dskorder.order.OrderRequest.DeliveryRequest;
import com.croftcraft.dskorder.order.OrderRequest.ItemRequest;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the parts of an order against DSK's field limits ({@code dsk-api.md}) before anything is
 * stored or sent, collecting every problem so the shop learns all it has to fix at once. Texts are
 * trimmed first, as DSK does; a text that is blank after trimming counts as missing.
 */
final class OrderRequestValidator {

  static final int MAX_ITEMS = 99;
  static final long MAX_AMOUNT = 999_999;

  private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,37}");
  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3}-?\\d{4}");
  private static final Pattern PHONE = Pattern.compile("[0-9-]{8,17}");
  private static final Pattern KANA = Pattern.compile("[\\u30A1-\\u30FC\\u3000 ]*");

  private final List<FieldProblem> problems;

  OrderRequestValidator(List<FieldProblem> problems) {
    this.problems = problems;
  }

  void orderNumber(String value) {
    if (value == null) {
      missing("orderNumber");
    } else if (!ORDER_NUMBER.matcher(value).matches()) {
      problem("orderNumber", "must be 1 to 37 characters of A-Z, a-z, 0-9, '_' and '-'");
    }
  }

  void contact(String path, ContactRequest contact, boolean emailAllowed) {
    if (contact == null) {
      missing(path);
      return;
    }

    text(path + ".name", contact.name(), 25);
    if (contact.nameKana() != null) {
      if (contact.nameKana().length() > 35) {
        problem(path + ".nameKana", "must be at most 35 characters");
      } else if (!KANA.matcher(contact.nameKana()).matches()) {
        problem(path + ".nameKana", "must be written in full-width katakana");
      }
    }
    if (contact.postalCode() == null) {
      missing(path + ".postalCode");
    } else if (!POSTAL_CODE.matcher(contact.postalCode()).matches()) {
      problem(path + ".postalCode", "must be 7 digits, optionally with a hyphen after the third");
    }
    if (contact.prefecture() == null) {
      missing(path + ".prefecture");
    } else if (!Prefectures.contains(contact.prefecture())) {
      problem(path + ".prefecture", "must be one of the 47 prefectures, such as 東京都");
    }
    text(path + ".city", contact.city(), 31);
    streetAndBuilding(path, contact);
    phone(path + ".phone", contact.phone());
    email(path + ".email", contact.email(), emailAllowed);
  }

  private void streetAndBuilding(String path, ContactRequest contact) {
    if (contact.street() == null) {
      missing(path + ".street");
      return;
    }

    int length =
        contact.street().length()
            + (contact.building() == null ? 0 : 1 + contact.building().length());
    if (length > 35) {
      String field = contact.building() == null ? path + ".street" : path + ".building";
      problem(field, "street and building together must be at most 35 characters (DSK address3)");
    }
  }

  private void phone(String field, String phone) {
    if (phone == null) {
      missing(field);
      return;
    }

    long digits = phone.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(phone).matches() || digits < 10 || digits > 11) {
      problem(field, "must be 10 or 11 digits, optionally with hyphens (8 to 17 characters)");
    }
  }

  private void email(String field, String email, boolean allowed) {
    if (email == null) {
      return;
    }
    if (!allowed) {
      problem(field, "is not taken for a destination");
    } else if (email.length() > 100 || !email.contains("@") || !email.contains(".")) {
      problem(field, "must be an e-mail address of at most 100 characters");
    }
  }

  void delivery(DeliveryRequest delivery) {
    if (delivery == null) {
      return;
    }
    if (delivery.method() != null && delivery.method().length() > 50) {
      problem("delivery.method", "must be at most 50 characters");
    }
    if (delivery.carrier() != null && Carrier.fromName(delivery.carrier()).isEmpty()) {
      problem("delivery.carrier", "must be one of " + carrierNames());
    }
  }

  void items(List<ItemRequest> items) {
    if (items == null || items.isEmpty()) {
      problem("items", "must list 1 to " + MAX_ITEMS + " lines");
      return;
    }
    if (items.size() > MAX_ITEMS) {
      problem("items", "must list at most " + MAX_ITEMS + " lines");
    }

    for (int i = 0; i < items.size(); i++) {
      String path = "items[" + i + "]";
      ItemRequest item = items.get(i);
      if (item == null) {
        missing(path);
        continue;
      }
      if (item.sku() != null && item.sku().length() > 64) {
        problem(path + ".sku", "must be at most 64 characters");
      }
      text(path + ".name", item.name(), 150);
      if (item.unitPrice() == null) {
        missing(path + ".unitPrice");
      } else if (Math.abs(item.unitPrice()) > MAX_AMOUNT) {
        problem(path + ".unitPrice", "must be between -999999 and 999999 yen");
      }
      if (item.quantity() == null) {
        missing(path + ".quantity");
      } else if (item.quantity() < 1 || item.quantity() > 9_999) {
        problem(path + ".quantity", "must be between 1 and 9999");
      }
    }
  }

  void shippingFee(Long shippingFee) {
    if (shippingFee != null && (shippingFee < 0 || shippingFee > MAX_AMOUNT)) {
      problem("shippingFee", "must be between 0 and 999999 yen");
    }
  }

  /** The total must be DSK's billed amount: within its limit and the sum of the lines. */
  void totalAmount(Long totalAmount, List<ItemRequest> items, Long shippingFee) {
    if (totalAmount == null) {
      missing("totalAmount");
      return;
    }
    if (totalAmount < 1 || totalAmount > MAX_AMOUNT) {
      problem("totalAmount", "must be between 1 and 999999 yen");
      return;
    }

    if (items == null || items.stream().anyMatch(OrderRequestValidator::incomplete)) {
      return;
    }
    long sum =
        items.stream().mapToLong(item -> item.unitPrice() * item.quantity()).sum()
            + (shippingFee == null ? 0 : shippingFee);
    if (sum != totalAmount) {
      problem(
          "totalAmount",
          "must equal the items plus shippingFee (%d yen), not %d".formatted(sum, totalAmount));
    }
  }

  private static boolean incomplete(ItemRequest item) {
    return item == null || item.unitPrice() == null || item.quantity() == null;
  }

  void text(String field, String value, int max) {
    if (value == null) {
      missing(field);
    } else if (value.length() > max) {
      problem(field, "must be at most %d characters".formatted(max));
    }
  }

  void missing(String field) {
    problem(field, "is required");
  }

  void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  static String carrierNames() {
    return Arrays.stream(Carrier.values()).map(Enum::name).toList().toString();
  }
}

package com.croftcraft.dskorder.sandbox;

import com.croftcraft.dskorder.sandbox.SandboxOrder.Contact;
import com.croftcraft.dskorder.sandbox.SandboxOrder.Detail;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the order of a registration or modification and checks it against every limit of the
 * contract, collecting all {@code E0101}/{@code E0102} errors instead of stopping at the first.
 */
final class OrderReader {

  static final DateTimeFormatter DSK_DATE =
      DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);

  private static final String DETAILS = "deliveries.delivery.details";
  private static final Pattern SHOP_TRANSACTION_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final Pattern ZIP_CODE = Pattern.compile("[0-9]{3}-?[0-9]{4}");
  private static final Pattern TEL = Pattern.compile("[0-9-]{8,17}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern KANA = Pattern.compile("[\\u30A1-\\u30FC \\u3000]+");
  private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,7}");
  private static final int MAX_DETAILS = 100;

  private static final Set<String> PREFECTURES =
      Set.of(
          "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都",
          "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県",
          "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県",
          "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

  private final RequestDocument request;
  private final List<SandboxError> errors;

  private OrderReader(RequestDocument request, List<SandboxError> errors) {
    this.request = request;
    this.errors = errors;
  }

  /**
   * Reads the order, adding its errors to the list.
   *
   * @return the order, or {@code null} when it has errors
   */
  static SandboxOrder read(RequestDocument request, List<SandboxError> errors) {
    List<SandboxError> found = new ArrayList<>();
    SandboxOrder order = new OrderReader(request, found).order();

    errors.addAll(found);
    return found.isEmpty() ? order : null;
  }

  private SandboxOrder order() {
    String shopTransactionId = shopTransactionId();
    String shopOrderDate = date("buyer.shopOrderDate");
    Contact buyer = contact("buyer", true);
    Long billedAmount = number("buyer.billedAmount", 1, 999_999);
    Integer paymentType = paymentType();
    Contact deliveryCustomer = deliveryCustomer();
    List<Detail> details = details();

    if (billedAmount != null && details != null && billedAmount != sum(details)) {
      malformed("buyer.billedAmount", "請求金額が明細の合計と一致しません");
    }

    if (paymentType != null && paymentType == 3 && buyer != null && deliveryCustomer != null) {
      if (!deliveryCustomer.sameAddressAs(buyer)) {
        malformed("buyer.paymentType", "請求書同梱は配送先が購入者と同じ場合のみ指定できます");
      }
    }

    if (!errors.isEmpty()) {
      return null;
    }
    return new SandboxOrder(
        shopTransactionId,
        shopOrderDate,
        buyer,
        billedAmount,
        paymentType,
        deliveryCustomer,
        details);
  }

  private String shopTransactionId() {
    String value = required("buyer.shopTransactionId");
    if (value != null && !SHOP_TRANSACTION_ID.matcher(value).matches()) {
      malformed("buyer.shopTransactionId", "加盟店取引IDは英数字・ハイフン・アンダースコア40文字以内です");
      return null;
    }
    return value;
  }

  private String date(String path) {
    String value = required(path);
    if (value == null) {
      return null;
    }

    try {
      LocalDate.parse(value, DSK_DATE);
      return value;
    } catch (DateTimeParseException e) {
      malformed(path, "日付はyyyy/MM/dd形式で入力してください");
      return null;
    }
  }

  private Integer paymentType() {
    String value = required("buyer.paymentType");
    if (value == null) {
      return null;
    }

    if (!value.equals("2") && !value.equals("3")) {
      malformed("buyer.paymentType", "決済種別は2または3です");
      return null;
    }
    return Integer.valueOf(value);
  }

  private Contact deliveryCustomer() {
    boolean present = request.at("deliveries.delivery.deliveryCustomer").isPresent();
    return present ? contact("deliveries.delivery.deliveryCustomer", false) : null;
  }

  private Contact contact(String prefix, boolean buyer) {
    int before = errors.size();

    String fullName = text(prefix + ".fullName", 25, "氏名");
    String fullKanaName = kana(prefix + ".fullKanaName");
    String zipCode = zipCode(prefix + ".zipCode");
    String address1 = prefecture(prefix + ".address1");
    String address2 = text(prefix + ".address2", 31, "住所2（市区町村）");
    String address3 = text(prefix + ".address3", 35, "住所3（番地・建物）");
    String tel = tel(prefix + ".tel");
    String email = buyer ? email(prefix + ".email") : null;

    if (errors.size() > before) {
      return null;
    }
    return new Contact(fullName, fullKanaName, zipCode, address1, address2, address3, tel, email);
  }

  private String text(String path, int maxLength, String label) {
    String value = required(path);
    if (value != null && value.codePointCount(0, value.length()) > maxLength) {
      malformed(path, label + "は" + maxLength + "文字以内で入力してください");
      return null;
    }
    return value;
  }

  private String kana(String path) {
    String value = request.value(path);
    if (value == null) {
      return null;
    }

    if (value.length() > 35 || !KANA.matcher(value).matches()) {
      malformed(path, "カナ氏名は全角カタカナ35文字以内で入力してください");
      return null;
    }
    return value;
  }

  private String zipCode(String path) {
    String value = required(path);
    if (value != null && !ZIP_CODE.matcher(value).matches()) {
      malformed(path, "郵便番号の形式が正しくありません");
      return null;
    }
    return value == null ? null : value.replace("-", "");
  }

  private String prefecture(String path) {
    String value = required(path);
    if (value != null && !PREFECTURES.contains(value)) {
      malformed(path, "都道府県名が正しくありません");
      return null;
    }
    return value;
  }

  private String tel(String path) {
    String value = required(path);
    if (value == null) {
      return null;
    }

    long digits = value.chars().filter(Character::isDigit).count();
    if (!TEL.matcher(value).matches() || digits < 10 || digits > 11) {
      malformed(path, "電話番号の形式が正しくありません");
      return null;
    }
    return value;
  }

  private String email(String path) {
    String value = request.value(path);
    if (value != null && (value.length() > 100 || !EMAIL.matcher(value).matches())) {
      malformed(path, "メールアドレスの形式が正しくありません");
      return null;
    }
    return value;
  }

  private List<Detail> details() {
    List<RequestDocument> lines =
        request.at(DETAILS).map(details -> details.all("detail")).orElse(List.of());
    if (lines.isEmpty()) {
      missing(DETAILS + ".detail");
      return null;
    }
    if (lines.size() > MAX_DETAILS) {
      malformed(DETAILS + ".detail", "明細は100件以内です");
      return null;
    }

    int before = errors.size();
    List<Detail> details = new ArrayList<>();
    for (int index = 0; index < lines.size(); index++) {
      details.add(detail(lines.get(index), DETAILS + ".detail[" + index + "]"));
    }
    return errors.size() > before ? null : details;
  }

  private Detail detail(RequestDocument line, String path) {
    String name = line.value("detailName");
    Long price = numberOf(line.value("detailPrice"), path + ".detailPrice", -999_999, 999_999);
    Long quantity = numberOf(line.value("detailQuantity"), path + ".detailQuantity", 1, 9_999);

    if (name == null) {
      missing(path + ".detailName");
    } else if (name.codePointCount(0, name.length()) > 150) {
      malformed(path + ".detailName", "商品名は150文字以内で入力してください");
    }

    if (name == null || price == null || quantity == null) {
      return null;
    }
    return new Detail(name, price, quantity.intValue());
  }

  private Long number(String path, long min, long max) {
    return numberOf(request.value(path), path, min, max);
  }

  private Long numberOf(String value, String path, long min, long max) {
    if (value == null) {
      missing(path);
      return null;
    }

    if (!AMOUNT.matcher(value).matches()) {
      malformed(path, "半角数字で入力してください");
      return null;
    }

    long number = Long.parseLong(value);
    if (number < min || number > max) {
      malformed(path, "%,d以上%,d以下で入力してください".formatted(min, max));
      return null;
    }
    return number;
  }

  private String required(String path) {
    String value = request.value(path);
    if (value == null) {
      missing(path);
    }
    return value;
  }

  private void missing(String path) {
    errors.add(SandboxError.missing(path));
  }

  private void malformed(String path, String message) {
    errors.add(SandboxError.malformed(path, message));
  }

  private static long sum(List<Detail> details) {
    return details.stream().mapToLong(line -> line.detailPrice() * line.detailQuantity()).sum();
  }
}

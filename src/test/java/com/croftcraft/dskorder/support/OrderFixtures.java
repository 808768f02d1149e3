package com.croftcraft.dskorder.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** Order bodies as the cart sends them, to be changed field by field in a test. */
public final class OrderFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong TRANSACTIONS =
      new AtomicLong(System.currentTimeMillis() % 1_000_000);

  private OrderFixtures() {}

  /** The order of the contract's example: 2 mugs and shipping, 5,600 yen, to the customer. */
  public static ObjectNode order(String orderNumber) {
    try {
      ObjectNode order =
          (ObjectNode)
              JSON.readTree(
                  """
                  {
                    "orderNumber": "ORDER",
                    "orderedAt": "2026-12-03T10:15:00+09:00",
                    "channel": "STOREFRONT",
                    "customer": {"name": "山田 太郎", "nameKana": "ヤマダ タロウ",
                                 "postalCode": "100-0001", "prefecture": "東京都",
                                 "city": "千代田区", "street": "千代田1-1",
                                 "building": "クラフトビル3F", "phone": "03-1234-5678",
                                 "email": "taro@example.jp"},
                    "destination": null,
                    "delivery": {"method": "宅急便", "carrier": "YAMATO"},
                    "items": [{"sku": "MUG-01", "name": "手織りマグ", "unitPrice": 2400,
                               "quantity": 2}],
                    "shippingFee": 800,
                    "totalAmount": 5600
                  }
                  """);
      order.put("orderNumber", orderNumber);
      return order;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An edit to one mug instead of two: 2,400 yen plus shipping, 3,200 yen. */
  public static ObjectNode oneMug() {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("items")
        .addObject()
        .put("sku", "MUG-01")
        .put("name", "手織りマグ")
        .put("unitPrice", 2400)
        .put("quantity", 1);
    return body.put("totalAmount", 3200);
  }

  /** A fresh 11-digit DSK transaction id. */
  public static String transactionId() {
    return "9" + String.format("%010d", TRANSACTIONS.incrementAndGet());
  }
}

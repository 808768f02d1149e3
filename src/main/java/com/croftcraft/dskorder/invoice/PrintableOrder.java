package com.croftcraft.dskorder.invoice;

/** An order whose invoice the shop prints, and the DSK transaction DSK knows it by. */
record PrintableOrder(String orderNumber, String transactionId) {}

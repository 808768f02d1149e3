package com.croftcraft.dskorder.invoice;

import java.util.List;

/**
 * The invoice CSV of one download, ready to send, and what it holds.
 *
 * @param body the encoded CSV
 * @param charset what it is encoded in
 * @param orderNumbers the orders with a row, to be marked printed once the client has the body
 * @param replaced the orders whose rows show 〓 for characters the charset cannot write
 */
record InvoiceSheet(
    byte[] body, CsvCharset charset, List<String> orderNumbers, List<String> replaced) {}

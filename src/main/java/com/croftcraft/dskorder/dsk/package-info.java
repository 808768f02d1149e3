/**
 * DSK 後払い behind one client: {@link com.croftcraft.dskorder.dsk.DskClient} speaks DSK's connection
 * API (XML documents POSTed to one URL per operation) and answers in the service's words, so that
 * DSK's real specification, once received, changes this package only.
 *
 * <p>Business answers come back as values ({@link com.croftcraft.dskorder.dsk.CreditAnswer}, {@link
 * com.croftcraft.dskorder.dsk.CancelOutcome}, ...) or as a {@link
 * com.croftcraft.dskorder.dsk.DskRefused} subtype named after DSK's error code. Every technical
 * failure is a {@link com.croftcraft.dskorder.dsk.DskUnavailable}, which tells whether DSK may have
 * applied the request anyway. Only HTTP 429 is retried here; everything else surfaces at once, for
 * the process engine to retry with its own backoff.
 *
 * <p>Requests pass a circuit breaker and a rate limiter, both named {@code dsk} and built in code
 * from the {@code dsk.*} properties ({@link com.croftcraft.dskorder.dsk.DskProperties}). They hold
 * per process: instances of the service sharing one terminal must share the rate between them. The
 * request body, the password, names and addresses are never logged nor put in an exception.
 */
package com.croftcraft.dskorder.dsk;

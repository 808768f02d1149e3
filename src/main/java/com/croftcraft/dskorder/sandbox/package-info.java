/**
 * The built-in DSK sandbox: an independent simulator of the DSK 後払い API ({@code
 * shared/spec/dsk-api.md}) served by this application under {@code /dsk-sandbox} while {@code
 * dsk.base-url} is not set, so the whole flow runs offline. Credit decisions follow markers in the
 * buyer's name, documented in {@code docs/sandbox.md}.
 */
package com.croftcraft.dskorder.sandbox;

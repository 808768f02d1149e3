/**
 * The credit check with DSK: registration, the HOLD wait for DSK's inquiry slots, inquiries, and
 * what an outage or a refusal means for the process.
 */
package com.croftcraft.dskorder.credit;

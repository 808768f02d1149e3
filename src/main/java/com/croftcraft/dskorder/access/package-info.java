/** Who may do what: HTTP Basic against the engine's users, groups, and the default users. */
package com.croftcraft.dskorder.access;

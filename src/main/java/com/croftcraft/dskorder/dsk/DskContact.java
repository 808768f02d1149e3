package com.croftcraft.dskorder.dsk;

/**
 * A buyer or a delivery address as DSK reads it. DSK ignores leading and trailing blanks and treats
 * a blank text as missing.
 *
 * @param fullName 1–25 characters
 * @param fullKanaName full-width katakana, or {@code null}
 * @param zipCode 7 digits, one hyphen allowed after the third
 * @param address1 the prefecture (都道府県)
 * @param address2 city, ward or town (市区町村)
 * @param address3 the rest, building included
 * @param tel digits and hyphens, 10 or 11 digits
 */
public record DskContact(
    String fullName,
    String fullKanaName,
    String zipCode,
    String address1,
    String address2,
    String address3,
    String tel) {

  @Override
  public String toString() {
    return "DskContact[personal data]";
  }
}

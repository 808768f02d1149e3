package com.croftcraft.dskorder.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person and an address in Japan: the customer, or the destination of a gift. */
@Embeddable
public class Contact {

  @Column(name = "name")
  private String name;

  @Column(name = "name_kana")
  private String nameKana;

  @Column(name = "postal_code")
  private String postalCode;

  @Column(name = "prefecture")
  private String prefecture;

  @Column(name = "city")
  private String city;

  @Column(name = "street")
  private String street;

  @Column(name = "building")
  private String building;

  @Column(name = "phone")
  private String phone;

  @Column(name = "email")
  private String email;

  protected Contact() {}

  public Contact(
      String name,
      String nameKana,
      String postalCode,
      String prefecture,
      String city,
      String street,
      String building,
      String phone,
      String email) {
    this.name = name;
    this.nameKana = nameKana;
    this.postalCode = postalCode;
    this.prefecture = prefecture;
    this.city = city;
    this.street = street;
    this.building = building;
    this.phone = phone;
    this.email = email;
  }

  public String name() {
    return name;
  }

  public String nameKana() {
    return nameKana;
  }

  public String postalCode() {
    return postalCode;
  }

  public String prefecture() {
    return prefecture;
  }

  public String city() {
    return city;
  }

  public String street() {
    return street;
  }

  public String building() {
    return building;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  /** The same person and address, without the e-mail (a destination has none). */
  public Contact withoutEmail() {
    return new Contact(name, nameKana, postalCode, prefecture, city, street, building, phone, null);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Contact that
        && Objects.equals(name, that.name)
        && Objects.equals(nameKana, that.nameKana)
        && Objects.equals(postalCode, that.postalCode)
        && Objects.equals(prefecture, that.prefecture)
        && Objects.equals(city, that.city)
        && Objects.equals(street, that.street)
        && Objects.equals(building, that.building)
        && Objects.equals(phone, that.phone)
        && Objects.equals(email, that.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, postalCode, phone);
  }

  /** DSK's {@code address3}: the street, then the building after a blank. */
  public String streetAndBuilding() {
    return building == null ? street : street + " " + building;
  }
}

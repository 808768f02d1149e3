package com.croftcraft.dskorder.sandbox;

import java.util.List;

/** Writes a {@code <response>} document, escaping every text. */
final class ResponseXml {

  private final StringBuilder xml =
      new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>");

  private ResponseXml(String result) {
    element("result", result);
  }

  static ResponseXml ok() {
    return new ResponseXml("OK");
  }

  /** An {@code NG} answer listing the errors; more elements may follow them. */
  static ResponseXml ng(List<SandboxError> errors) {
    return new ResponseXml("NG").errors(errors);
  }

  ResponseXml errors(List<SandboxError> errors) {
    open("errors");
    for (SandboxError error : errors) {
      open("error");
      element("errorCode", error.code());
      element("errorItem", error.item());
      element("errorMessage", error.message());
      close("error");
    }
    return close("errors");
  }

  ResponseXml open(String name) {
    xml.append('<').append(name).append('>');
    return this;
  }

  ResponseXml close(String name) {
    xml.append("</").append(name).append('>');
    return this;
  }

  /** Writes the element with its text, or nothing when the value is {@code null}. */
  ResponseXml element(String name, Object value) {
    if (value == null) {
      return this;
    }
    return open(name).text(String.valueOf(value)).close(name);
  }

  String toXml() {
    return xml + "</response>\n";
  }

  private ResponseXml text(String text) {
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      switch (character) {
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '&' -> xml.append("&amp;");
        case '"' -> xml.append("&quot;");
        default -> xml.append(character);
      }
    }
    return this;
  }
}

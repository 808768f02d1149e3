package com.croftcraft.dskorder.sandbox;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An element of a request as a lenient server reads it: its name, its own text and its child
 * elements. Namespaces, comments, unknown elements and the order of siblings are ignored; texts are
 * trimmed and a blank text counts as missing.
 */
record RequestDocument(String name, String text, List<RequestDocument> children) {

  /**
   * Reads a request body, or nothing when it cannot be read: not UTF-8, not well-formed XML, a
   * document type declaration, or a root other than {@code <request>}.
   */
  static Optional<RequestDocument> read(byte[] body) {
    if (body == null || body.length == 0) {
      return Optional.empty();
    }

    try {
      String xml = decodeUtf8(body);
      Document document = parser().parse(new InputSource(new StringReader(xml)));
      String declared = document.getXmlEncoding();
      if (declared != null && !declared.replace("-", "").equalsIgnoreCase("UTF8")) {
        return Optional.empty();
      }

      RequestDocument root = of(document.getDocumentElement());
      return root.name().equals("request") ? Optional.of(root) : Optional.empty();
    } catch (SAXException | IOException e) {
      return Optional.empty();
    }
  }

  /** The first child element of that name, if any. */
  Optional<RequestDocument> child(String childName) {
    return children.stream().filter(child -> child.name().equals(childName)).findFirst();
  }

  /** Every child element of that name, in document order. */
  List<RequestDocument> all(String childName) {
    return children.stream().filter(child -> child.name().equals(childName)).toList();
  }

  /** The element at a dotted path ({@code buyer.tel}), taking the first of repeated elements. */
  Optional<RequestDocument> at(String path) {
    Optional<RequestDocument> current = Optional.of(this);
    for (String step : path.split("\\.")) {
      current = current.flatMap(element -> element.child(step));
    }
    return current;
  }

  /** The trimmed text at a dotted path, or {@code null} when it is missing or blank. */
  String value(String path) {
    return at(path).map(RequestDocument::value).orElse(null);
  }

  /** This element's trimmed text, or {@code null} when it is blank. */
  String value() {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static String decodeUtf8(byte[] body) throws CharacterCodingException {
    String xml =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body))
            .toString();
    return xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);

      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new Rejecting());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a required feature", e);
    }
  }

  private static RequestDocument of(Element element) {
    StringBuilder text = new StringBuilder();
    List<RequestDocument> children = new ArrayList<>();

    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.ELEMENT_NODE) {
        children.add(of((Element) node));
      } else if (node.getNodeType() == Node.TEXT_NODE
          || node.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(node.getNodeValue());
      }
    }

    String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    return new RequestDocument(name, text.toString(), List.copyOf(children));
  }

  /** Turns every parser complaint into a failure instead of a line on standard error. */
  private static final class Rejecting implements ErrorHandler {

    @Override
    public void warning(SAXParseException exception) {
      // A warning leaves the document readable.
    }

    @Override
    public void error(SAXParseException exception) throws SAXException {
      throw exception;
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXException {
      throw exception;
    }
  }
}

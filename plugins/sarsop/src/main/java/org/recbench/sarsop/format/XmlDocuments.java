package org.recbench.sarsop.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.recbench.api.ConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * JDK XML parsing for model and policy files, with DTDs and external entities disabled, and
 * failures turned into {@link ConfigurationException}s that name the file (and line when the
 * parser knows it).
 */
public final class XmlDocuments {

  private XmlDocuments() {}

  /**
   * Parses {@code file} into a DOM.
   *
   * @param kind what the file is, for messages ("POMDPX file")
   */
  public static Document parse(Path file, String kind) {
    requireFile(file, kind);
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }
      });
      return builder.parse(file.toFile());
    } catch (SAXException e) {
      throw malformed(file, kind, e);
    } catch (IOException e) {
      throw unreadable(file, kind, e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot be configured", e);
    }
  }

  /**
   * Streams {@code file} through a SAX handler (which may throw {@link ConfigurationException}).
   *
   * @param kind what the file is, for messages ("policy file")
   */
  public static void stream(Path file, String kind, DefaultHandler handler) {
    requireFile(file, kind);
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      SAXParser parser = factory.newSAXParser();
      parser.parse(file.toFile(), handler);
    } catch (SAXException e) {
      throw malformed(file, kind, e);
    } catch (IOException e) {
      throw unreadable(file, kind, e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot be configured", e);
    }
  }

  private static void requireFile(Path file, String kind) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(kind + " " + file + " does not exist or is not a file",
          new NoSuchFileException(file.toString()));
    }
  }

  private static ConfigurationException malformed(Path file, String kind, SAXException e) {
    String where = e instanceof SAXParseException p && p.getLineNumber() > 0
        ? ":" + p.getLineNumber() : "";
    return new ConfigurationException(kind + " " + file + where + " is not well-formed XML: "
        + e.getMessage(), e);
  }

  private static ConfigurationException unreadable(Path file, String kind, IOException e) {
    return new ConfigurationException(kind + " " + file + " cannot be read: " + e.getMessage(), e);
  }
}

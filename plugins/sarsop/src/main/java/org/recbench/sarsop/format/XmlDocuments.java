package org.recbench.sarsop.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.recbench.api.ConfigurationException;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.InputFiles;
import org.recbench.api.input.IoErrors;
import org.recbench.api.input.Memory;
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

  private static final String NO_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  /** The largest document parsed into a DOM (streamed files have no limit). */
  static final long MAX_DOCUMENT_BYTES = 256L << 20;
  /** Memory of a DOM per byte of XML, an upper estimate. */
  private static final long BYTES_PER_DOCUMENT_BYTE = 16;

  private XmlDocuments() {}

  /**
   * Parses {@code file} into a DOM.
   *
   * @param kind what the file is, for messages ("POMDPX file")
   */
  public static Document parse(Path file, String kind) {
    InputFiles.requireReadable(file, MAX_DOCUMENT_BYTES, kind);
    try {
      Memory.require(Files.size(file), BYTES_PER_DOCUMENT_BYTE, "bytes of XML", kind + " " + file);
    } catch (IOException e) {
      throw new ConfigurationException(kind + " " + file + " cannot be read: "
          + IoErrors.reason(e), e);
    }
    return run(file, kind, () -> {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(NO_DOCTYPE, true);
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
    });
  }

  /**
   * Streams {@code file} through a SAX handler (which may throw {@link ConfigurationException}).
   *
   * @param kind what the file is, for messages ("policy file")
   */
  public static void stream(Path file, String kind, DefaultHandler handler) {
    run(file, kind, () -> {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature(NO_DOCTYPE, true);
      factory.newSAXParser().parse(file.toFile(), handler);
      return null;
    });
  }

  /** A parse that may fail the ways JDK XML parsing fails. */
  @FunctionalInterface
  private interface XmlParse<T> {
    T run() throws SAXException, IOException, ParserConfigurationException;
  }

  private static <T> T run(Path file, String kind, XmlParse<T> parse) {
    requireFile(file, kind);
    try {
      return parse.run();
    } catch (SAXException e) {
      String where = e instanceof SAXParseException p && p.getLineNumber() > 0
          ? ":" + p.getLineNumber() : "";
      throw new ConfigurationException(kind + " " + file + where + " is not well-formed XML: "
          + Excerpt.limit(e.getMessage(), 300), e);
    } catch (IOException e) {
      throw new ConfigurationException(kind + " " + file + " cannot be read: "
          + IoErrors.reason(e), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot be configured", e);
    }
  }

  private static void requireFile(Path file, String kind) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(kind + " " + file + " does not exist or is not a regular "
          + "file", new NoSuchFileException(file.toString()));
    }
  }
}

package org.recbench.sarsop.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recbench.api.ConfigurationException;
import org.recbench.sarsop.format.XmlDocuments;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads SARSOP {@code .policy} files (APPL's alpha-vector XML):
 *
 * <pre>{@code
 * <Policy version="0.1" type="value" model="...">
 *   <AlphaVector vectorLength="3" numObsValue="1" numVectors="2">
 *     <Vector action="1" obsValue="0">5.3077 0.911146 0 </Vector>
 *     ...
 *   </AlphaVector>
 * </Policy>
 * }</pre>
 *
 * Every problem is a {@link ConfigurationException} naming the file, the line, the element
 * ({@code <Vector> 2} counts vectors from 1 in file order) and what was expected.
 */
public final class PolicyFileReader {

  private static final String KIND = "policy file";

  private PolicyFileReader() {}

  /** Reads the alpha vectors of {@code file}. */
  public static AlphaVectors read(Path file) {
    Handler handler = new Handler(file);
    XmlDocuments.stream(file, KIND, handler);
    return handler.result();
  }

  /** SAX handler collecting the vectors and checking them against the declared counts. */
  private static final class Handler extends DefaultHandler {
    private final Path file;
    private Locator locator;
    private boolean inPolicy;
    private int vectorLength = -1;
    private int numObsValue;
    private int numVectors;
    private boolean alphaVectorSeen;
    private int vectorNumber;
    private final List<double[]> vectors = new ArrayList<>();
    private final List<Integer> actions = new ArrayList<>();
    private final List<Integer> obsValues = new ArrayList<>();
    private StringBuilder text;

    Handler(Path file) {
      this.file = file;
    }

    @Override
    public void setDocumentLocator(Locator value) {
      this.locator = value;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) {
      switch (name) {
        case "Policy" -> {
          String type = attributes.getValue("type");
          if (type != null && !type.equals("value")) {
            throw error("<Policy type=\"" + type + "\">: only type=\"value\" policies are supported");
          }
          inPolicy = true;
        }
        case "AlphaVector" -> {
          if (!inPolicy || alphaVectorSeen) {
            throw error("expected exactly one <AlphaVector> inside <Policy>");
          }
          alphaVectorSeen = true;
          vectorLength = positive("<AlphaVector>", attributes, "vectorLength");
          numObsValue = positive("<AlphaVector>", attributes, "numObsValue");
          numVectors = positive("<AlphaVector>", attributes, "numVectors");
        }
        case "Vector" -> {
          if (!alphaVectorSeen) {
            throw error("<Vector> outside <AlphaVector>");
          }
          vectorNumber++;
          String element = vectorName();
          int action = nonNegative(element, attributes, "action");
          int obsValue = nonNegative(element, attributes, "obsValue");
          if (obsValue >= numObsValue) {
            throw error(element + " has obsValue=" + obsValue + ", expected below numObsValue="
                + numObsValue);
          }
          actions.add(action);
          obsValues.add(obsValue);
          text = new StringBuilder();
        }
        default -> throw error("unexpected element <" + name + ">, expected <Policy>,"
            + " <AlphaVector> or <Vector>");
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (text != null) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
      if (!name.equals("Vector")) {
        return;
      }
      String element = vectorName();
      String trimmed = text.toString().trim();
      String[] parts = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
      if (parts.length != vectorLength) {
        throw error(element + " has " + parts.length + " entries, expected vectorLength="
            + vectorLength);
      }
      double[] vector = new double[vectorLength];
      for (int i = 0; i < parts.length; i++) {
        try {
          vector[i] = Double.parseDouble(parts[i]);
        } catch (NumberFormatException e) {
          throw error(element + " entry " + (i + 1) + " is '" + parts[i] + "', expected a number");
        }
        if (!Double.isFinite(vector[i])) {
          throw error(element + " entry " + (i + 1) + " is '" + parts[i]
              + "', expected a finite number");
        }
      }
      vectors.add(vector);
      text = null;
    }

    AlphaVectors result() {
      if (!alphaVectorSeen) {
        throw new ConfigurationException(KIND + " " + file + ": no <AlphaVector> element");
      }
      if (vectors.size() != numVectors) {
        throw new ConfigurationException(KIND + " " + file + ": <AlphaVector numVectors=\""
            + numVectors + "\"> but the file has " + vectors.size() + " <Vector> elements");
      }
      return new AlphaVectors(vectorLength, actions.stream().mapToInt(Integer::intValue).toArray(),
          obsValues.stream().mapToInt(Integer::intValue).toArray(), vectors);
    }

    /** The current vector, counted from 1 in file order. */
    private String vectorName() {
      return "<Vector> " + vectorNumber;
    }

    private int positive(String element, Attributes attributes, String attribute) {
      int value = nonNegative(element, attributes, attribute);
      if (value < 1) {
        throw error(element + " attribute " + attribute + "=\"" + value + "\", expected >= 1");
      }
      return value;
    }

    private int nonNegative(String element, Attributes attributes, String attribute) {
      String raw = attributes.getValue(attribute);
      if (raw == null) {
        throw error(element + " lacks attribute " + attribute);
      }
      if (!raw.trim().matches("\\d{1,9}")) {
        throw error(element + " attribute " + attribute + "=\"" + raw
            + "\", expected a non-negative integer");
      }
      return Integer.parseInt(raw.trim());
    }

    private ConfigurationException error(String message) {
      String line = locator == null ? "" : ":" + locator.getLineNumber();
      return new ConfigurationException(KIND + " " + file + line + ": " + message);
    }
  }
}

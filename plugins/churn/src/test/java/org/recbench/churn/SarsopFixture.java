package org.recbench.churn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.recbench.protocol.session.ChurnModel;

/**
 * One SARSOP fixture instance (testing/fixtures/sarsop, on the test classpath as sarsop/;
 * generated with the paper's numpy listing): q, P and the exact optimal values computed
 * independently of this code.
 *
 * @param name instance name, e.g. churn_U2_A2_s1
 * @param model q and P
 * @param exactUndiscounted exact V*(q) of the paper's objective
 * @param exactDiscounted exact V*(q) with γ = {@link #discount()}
 * @param discount γ of the discounted value
 */
public record SarsopFixture(String name, ChurnModel model, double exactUndiscounted,
    double exactDiscounted, double discount) {

  /** Names of the four fixtures. */
  public static final List<String> NAMES = List.of("churn_U2_A2_s1", "churn_U3_A3_s2",
      "churn_U4_A3_s3", "churn_U3_A5_s4");

  /** Loads fixture {@code name} from the test resources. */
  public static SarsopFixture load(String name) {
    try (InputStream in = SarsopFixture.class.getResourceAsStream("/sarsop/" + name + ".json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      double[] prior = StreamSupport.stream(root.get("prior_q").spliterator(), false)
          .mapToDouble(JsonNode::asDouble).toArray();
      double[][] like = StreamSupport.stream(root.get("P").spliterator(), false)
          .map(row -> StreamSupport.stream(row.spliterator(), false)
              .mapToDouble(JsonNode::asDouble).toArray())
          .toArray(double[][]::new);
      JsonNode values = root.get("reference_values");
      return new SarsopFixture(name, new ChurnModel(prior, like),
          values.get("exact_undiscounted").get("value").asDouble(),
          values.get("exact_discounted").get("value").asDouble(),
          root.get("discount").asDouble());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All four fixtures. */
  public static List<SarsopFixture> all() {
    return NAMES.stream().map(SarsopFixture::load).toList();
  }
}

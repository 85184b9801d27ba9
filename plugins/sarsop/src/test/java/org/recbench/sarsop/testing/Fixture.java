package org.recbench.sarsop.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * One SARSOP fixture instance (testing/fixtures/sarsop, on the test classpath as sarsop/; see
 * FIXTURES.md there) with the numbers of the fixtures' README table.
 *
 * @param name instance name, e.g. churn_U2_A2_s1
 * @param sarsopLower SARSOP's lower bound at b0 as printed
 * @param sarsopUpper SARSOP's upper bound at b0 as printed
 * @param policyValue "max_alpha alpha·b0 from .policy" (6 decimals)
 * @param action the action of that vector
 * @param alphas number of alpha vectors
 * @param exactDiscounted exact optimal value with γ = 0.999
 * @param exactUndiscounted exact optimal undiscounted value
 */
public record Fixture(String name, double sarsopLower, double sarsopUpper, double policyValue,
    int action, int alphas, double exactDiscounted, double exactUndiscounted) {

  /** The four instances, with the README's values. */
  public static final List<Fixture> ALL = List.of(
      new Fixture("churn_U2_A2_s1", 41.4481, 41.4489, 41.448092, 0, 2, 41.448346936, 45.291454665),
      new Fixture("churn_U3_A3_s2", 1.44161, 1.44162, 1.441614, 1, 1, 1.441622985, 1.445658040),
      new Fixture("churn_U4_A3_s3", 2.60332, 2.60388, 2.603325, 2, 3, 2.603323533, 2.619419612),
      new Fixture("churn_U3_A5_s4", 4.95462, 4.9552, 4.954609, 0, 5, 4.954625159, 5.039790069));

  /** The instance called {@code name}. */
  public static Fixture named(String name) {
    return ALL.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
  }

  /** The fixture file with this extension ("pomdp", "policy", "json"). */
  public Path file(String extension) {
    return resource(name + "." + extension);
  }

  /** A file of the fixtures directory. */
  public static Path resource(String fileName) {
    try {
      return Path.of(Fixture.class.getResource("/sarsop/" + fileName).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** q from the instance's .json. */
  public double[] prior() {
    return vector(json().get("prior_q"));
  }

  /** P[u][a] from the instance's .json. */
  public double[][] like() {
    JsonNode rows = json().get("P");
    double[][] p = new double[rows.size()][];
    for (int u = 0; u < p.length; u++) {
      p[u] = vector(rows.get(u));
    }
    return p;
  }

  /** The churn POMDP built from the .json exactly as the churn encoding says. */
  public FinitePomdp model(double gamma) {
    return ChurnPomdp.of(prior(), like(), gamma);
  }

  private JsonNode json() {
    try {
      return new ObjectMapper().readTree(file("json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] vector(JsonNode node) {
    double[] v = new double[node.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = node.get(i).asDouble();
    }
    return v;
  }

  @Override
  public String toString() {
    return name;
  }
}

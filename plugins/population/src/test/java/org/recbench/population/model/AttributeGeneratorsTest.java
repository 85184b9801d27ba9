package org.recbench.population.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.population.AttributeTable;

class AttributeGeneratorsTest {

  @Test
  void normalisedProductsHaveUnitNormAndNonNegativeEntries() {
    AttributeTable products = AttributeGenerators.normalisedUniform("products", 50, 5,
        new SplittableRandom(1));
    for (int k = 0; k < 50; k++) {
      double squares = 0;
      for (int j = 0; j < 5; j++) {
        assertThat(products.get(k, j)).isGreaterThanOrEqualTo(0);
        squares += products.get(k, j) * products.get(k, j);
      }
      assertThat(squares).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void hyperplaneAttributesEndInOneAndAreUniformElsewhere() {
    AttributeTable users = AttributeGenerators.hyperplane("users", 2000, 4,
        new SplittableRandom(2));
    double sum = 0;
    for (int n = 0; n < 2000; n++) {
      assertThat(users.get(n, 3)).isEqualTo(1.0);
      for (int i = 0; i < 3; i++) {
        assertThat(users.get(n, i)).isBetween(0.0, 1.0);
        sum += users.get(n, i);
      }
    }
    // mean of 6000 U[0,1) draws: sd 1/sqrt(12·6000)
    assertThat(sum / 6000).isCloseTo(0.5, within(5 / Math.sqrt(12 * 6000.0)));
  }

  @Test
  void unitVectorsAtDegreesAreCosineAndSine() {
    AttributeTable products = AttributeGenerators.unitVectorsAtDegrees("products", 1, 45, 89);
    assertThat(products.get(1, 0)).isCloseTo(Math.sqrt(0.5), within(1e-15));
    assertThat(products.get(2, 1)).isCloseTo(Math.cos(Math.toRadians(1)), within(1e-15));
  }

  @Test
  void contextIsTheKroneckerProductOfUserAndProductAttributes() {
    SplittableRandom rng = new SplittableRandom(3);
    AttributeTable users = AttributeGenerators.uniform("users", 4, 3, rng);
    AttributeTable products = AttributeGenerators.uniform("products", 5, 2, rng);
    double[] theta = new double[6];
    for (int i = 0; i < 6; i++) {
      theta[i] = rng.nextDouble() - 0.5;
    }
    double[] context = new double[6];
    double[] scores = new double[5];
    for (int n = 0; n < 4; n++) {
      Contexts.scores(users, n, products, theta, new double[2], scores);
      for (int k = 0; k < 5; k++) {
        SimpleMatrix v = new SimpleMatrix(3, 1, true, users.toArray()[n]);
        SimpleMatrix w = new SimpleMatrix(2, 1, true, products.toArray()[k]);
        SimpleMatrix kron = v.kron(w);
        Contexts.write(users, n, products, k, context);
        for (int i = 0; i < 6; i++) {
          assertThat(context[i]).isCloseTo(kron.get(i), within(1e-15));
        }
        double score = kron.transpose().mult(new SimpleMatrix(6, 1, true, theta)).get(0);
        assertThat(scores[k]).isCloseTo(score, within(1e-14));
      }
    }
  }
}

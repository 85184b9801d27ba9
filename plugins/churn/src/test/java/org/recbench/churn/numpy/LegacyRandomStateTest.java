package org.recbench.churn.numpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * numpy is not installable on the build machine, so the constants come from two sources: values
 * numpy itself prints in countless tutorials ({@code np.random.seed(0); np.random.rand(3)},
 * {@code np.random.randn(5)}, seed 42), and CPython's {@code random} module, which runs the same
 * MT19937 with the same 53-bit doubles: its state was set to {@code init_genrand(seed)} with
 * {@code random.setstate} (CPython's own {@code random.seed(int)} would use
 * {@code init_by_array}), and the polar method was written on top in a throwaway script with a
 * correctly rounded log (Python's {@code decimal}).
 */
class LegacyRandomStateTest {

  @Test
  void seedZeroGivesNumpysFamousUniformsAndNormals() {
    LegacyRandomState rng = LegacyRandomState.seeded(0);
    assertThat(new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()})
        .containsExactly(0.5488135039273248, 0.7151893663724195, 0.6027633760716439);
    LegacyRandomState normals = LegacyRandomState.seeded(0);
    double[] g = new double[5];
    for (int i = 0; i < g.length; i++) {
      g[i] = normals.nextGaussian();
    }
    assertThat(g).containsExactly(1.764052345967664, 0.4001572083672233, 0.9787379841057392,
        2.240893199201458, 1.8675579901499675);
  }

  @Test
  void seedFortyTwoGivesNumpysFamousFirstDraws() {
    assertThat(LegacyRandomState.seeded(42).nextDouble()).isEqualTo(0.3745401188473625);
    assertThat(LegacyRandomState.seeded(42).nextGaussian()).isEqualTo(0.4967141530112327);
  }

  @Test
  void doublesAreTheFiftyThreeBitDrawsOfCpythonRandomAfterInitByArray() {
    // random.Random(0x456_00000345_00000234_00000123) seeds with init_by_array of these words.
    LegacyRandomState rng = LegacyRandomState.ofKey(new long[] {0x123, 0x234, 0x345, 0x456});
    for (int i = 0; i < 1000; i++) {
      rng.nextUnsigned32();
    }
    assertThat(new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()})
        .containsExactly(0.7627544402331593, 0.9867046408461863, 0.27933124973380763);
  }

  @Test
  void theSecondGaussianOfAPairIsCachedAndNormalScalesIt() {
    LegacyRandomState a = LegacyRandomState.seeded(0);
    LegacyRandomState b = LegacyRandomState.seeded(0);
    a.nextGaussian();
    b.nextGaussian();
    // The cached second value costs no uniform draw: the streams stay aligned.
    assertThat(a.normal(0, 0.5)).isEqualTo(0.5 * b.nextGaussian());
    assertThat(a.nextDouble()).isEqualTo(b.nextDouble());
  }

  @Test
  void seedsOutsideNumpysRangeAreRejected() {
    assertThatThrownBy(() -> LegacyRandomState.seeded(-1))
        .hasMessageContaining("between 0 and 2**32 - 1");
    assertThatThrownBy(() -> LegacyRandomState.seeded(1L << 32))
        .hasMessageContaining("between 0 and 2**32 - 1");
  }
}

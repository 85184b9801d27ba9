package org.recbench.menus.regret;

import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.recbench.protocol.menu.PreferenceModel;

/**
 * The best fixed distribution in EIRD in hindsight, max ⟨x, R⟩ over x ∈ EIRD = ∩_v IRD(v), as a
 * linear program (ojAlgo): by Lemma 1, x ∈ IRD(v) iff k x_i / f_i(v) − Σ_j x_j / f_j(v) ≤ 0 for
 * every i, so each memory vector contributes n linear constraints. Over a finite sample of
 * memory vectors the LP's feasible set contains EIRD, so its value is an upper bound on the
 * EIRD optimum (regret against it is conservative); it is exact when the sample covers the
 * binding memories: any sample for constant preferences, the vertices for
 * {@link org.recbench.menus.preference.SmoothRandomPreferences} (whose constraints are affine in
 * v). Runs once per evaluation, so it allocates freely.
 */
public final class EirdBest {

  /** The optimum ⟨x*, R⟩ and a maximiser x*. */
  public record Result(double value, double[] distribution) {

    /** Defensive copy. */
    public Result {
      distribution = distribution.clone();
    }

    @Override
    public double[] distribution() {
      return distribution.clone();
    }
  }

  private EirdBest() {
  }

  /**
   * Solves the LP for cumulative rewards {@code cumulative} and the score vectors
   * {@code scoreSamples} (each f(v) at one memory vector v).
   *
   * @throws IllegalArgumentException if a score vector has the wrong length or a non-positive
   *     entry
   * @throws IllegalStateException if ojAlgo reports no optimum (EIRD is empty for these scores)
   */
  public static Result solve(double[] cumulative, int menuSize, List<double[]> scoreSamples) {
    int n = cumulative.length;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[n];
    for (int i = 0; i < n; i++) {
      x[i] = model.newVariable("x" + i).lower(0).upper(1).weight(cumulative[i]);
    }
    Expression total = model.newExpression("sum").level(1);
    for (int i = 0; i < n; i++) {
      total.set(x[i], 1);
    }
    int sample = 0;
    for (double[] scores : scoreSamples) {
      if (scores.length != n) {
        throw new IllegalArgumentException("score sample " + sample + " has " + scores.length
            + " entries, expected n = " + n);
      }
      for (int i = 0; i < n; i++) {
        if (!(scores[i] > 0)) {
          throw new IllegalArgumentException(
              "score sample " + sample + " entry " + i + " must be positive, got " + scores[i]);
        }
      }
      for (int i = 0; i < n; i++) {
        Expression c = model.newExpression("tau_" + sample + "_" + i).upper(0);
        for (int j = 0; j < n; j++) {
          double coefficient = -1.0 / scores[j] + (i == j ? menuSize / scores[i] : 0.0);
          c.set(x[j], coefficient);
        }
      }
      sample++;
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("EIRD LP not solved to optimality: " + result.getState());
    }
    double[] distribution = new double[n];
    double value = 0;
    for (int i = 0; i < n; i++) {
      distribution[i] = Math.max(0.0, result.doubleValue(i));
      value += distribution[i] * cumulative[i];
    }
    return new Result(value, distribution);
  }

  /**
   * Score vectors of {@code model} at the n vertices, the uniform memory and {@code extra}
   * further memory vectors spread over the simplex. The extra points are deterministic — the
   * additive recurrence u_s = frac(½ + s·(φ^{−1}, …, φ^{−n})) of the generalised golden ratio φ
   * (φ^{n+1} = φ + 1; Roberts' low-discrepancy sequence), mapped to the simplex by
   * v_i ∝ −ln(1 − u_s,i) as a flat Dirichlet draw would be — so the comparator is the same for
   * every policy and needs no random stream.
   */
  public static List<double[]> sampleScores(PreferenceModel model, int extra) {
    int n = model.items();
    List<double[]> samples = new java.util.ArrayList<>();
    double[] v = new double[n];
    for (int m = 0; m < n; m++) {
      java.util.Arrays.fill(v, 0.0);
      v[m] = 1;
      samples.add(scoresAt(model, v));
    }
    java.util.Arrays.fill(v, 1.0 / n);
    samples.add(scoresAt(model, v));
    double phi = 2;
    for (int iteration = 0; iteration < 100; iteration++) {
      phi = Math.pow(1 + phi, 1.0 / (n + 1));
    }
    double[] alpha = new double[n];
    for (int i = 0; i < n; i++) {
      alpha[i] = Math.pow(phi, -(i + 1));
    }
    for (int s = 1; s <= extra; s++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        double u = 0.5 + s * alpha[i];
        u -= Math.floor(u);
        v[i] = -Math.log(1 - u);
        total += v[i];
      }
      for (int i = 0; i < n; i++) {
        v[i] /= total;
      }
      samples.add(scoresAt(model, v));
    }
    return samples;
  }

  private static double[] scoresAt(PreferenceModel model, double[] memory) {
    double[] s = new double[model.items()];
    model.scores(memory, s);
    return s;
  }
}

package org.recbench.menus.eird;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.recbench.menus.simplex.ConvexProjection;

/**
 * The contracting decision sets of Algorithm 2: X_t = Δ ∩ ⋂_{m ≤ t} {x : τ_i(x, ŝ^m) ≤ 1 + ρ ∀i},
 * one relaxed IRD polytope (Lemma 1) per score estimate ŝ^m learnt so far. Each constraint is
 * linear, k x_i / ŝ_i − (1 + ρ) Σ_j x_j / ŝ_j ≤ 0, and adding a set only shrinks X_t, as
 * Theorem 1 requires. The relaxation ρ absorbs estimation error so that EIRD stays inside
 * (Theorem 2's proof relaxes each estimated set in the same spirit). With every ŝ ∈ [λ, 1]^n and
 * λ ≥ (k−1)/(n−1), the uniform distribution satisfies every constraint, so X_t is never empty.
 *
 * <p>Projection: min ½‖x − y‖² s.t. Σ x = 1, x ≥ 0 and the menu-time constraints, worked inside
 * the hyperplane Σ x = 1 (constraint normals g projected onto it, Pg). Successive OGD points are
 * close, so the active set rarely changes: the fast path starts from the previous call's active
 * set A and solves its KKT system (Pg_a·Pg_b)_{a,b∈A} μ = (Pg_a·y₀ + mean g_a)_{a∈A} by Cholesky
 * (EJML, on preallocated matrices), dropping a negative multiplier or adding the most violated
 * constraint for up to 8 rounds; it accepts x = y₀ − Σ μ_a Pg_a when μ ≥ 0 and x satisfies every
 * constraint, which are the KKT conditions, so x is then the exact projection. Otherwise Hildreth's
 * dual coordinate ascent (Hildreth 1957), warm-started from the previous multipliers, converges
 * to it; we stop when a sweep moves x by less than 1e-13 (or after 20,000 sweeps). A sweep costs
 * O(n·(sets + updates)): a set's n constraints share the product ⟨1/ŝ, x⟩. No allocation except
 * when a set is added.
 */
public final class MenuTimePolytope implements ConvexProjection {

  private static final double STOP = 1e-13;
  private static final int MAX_SWEEPS = 20_000;
  private static final double FEASIBLE = 1e-12;
  private static final double ACTIVE = 1e-12;
  private static final int ACTIVE_SET_ITERATIONS = 8;

  private final int n;
  private final int k;
  private final double relaxed;
  private double[] inverse;
  private double[] inverseSum;
  private double[] inverseSquares;
  private double[] multipliers;
  private final double[] nonNegativity;
  private final boolean[] memberNonNeg;
  private boolean[] member;
  private final double[] x;
  private final double[] y0;
  private final int[] activeSet;
  private final int[] activeItem;
  private final double[] normals;
  private final DMatrixRMaj gram;
  private final DMatrixRMaj rhs;
  private final DMatrixRMaj solution;
  private final LinearSolverDense<DMatrixRMaj> cholesky;
  private int sets;
  private long sweeps;
  private long fastPaths;

  /**
   * @param slack the relaxation ρ ≥ 0 of each menu-time constraint
   */
  public MenuTimePolytope(int items, int menuSize, double slack) {
    if (menuSize < 1 || menuSize > items) {
      throw new IllegalArgumentException(
          "menu size k must be in [1, n]; got n = " + items + ", k = " + menuSize);
    }
    if (!(slack >= 0) || Double.isInfinite(slack)) {
      throw new IllegalArgumentException("menu-time slack must be finite and >= 0, got " + slack);
    }
    this.n = items;
    this.k = menuSize;
    this.relaxed = 1 + slack;
    this.inverse = new double[8 * items];
    this.inverseSum = new double[8];
    this.inverseSquares = new double[8];
    this.multipliers = new double[8 * items];
    this.nonNegativity = new double[items];
    this.memberNonNeg = new boolean[items];
    this.member = new boolean[8 * items];
    this.x = new double[items];
    this.y0 = new double[items];
    this.activeSet = new int[items];
    this.activeItem = new int[items];
    this.normals = new double[items * items];
    this.gram = new DMatrixRMaj(items, items);
    this.rhs = new DMatrixRMaj(items, 1);
    this.solution = new DMatrixRMaj(items, 1);
    this.cholesky = LinearSolverFactory_DDRM.chol(items);
  }

  /** Intersects the set with the relaxed IRD polytope of score estimate {@code scores}. */
  public void add(double[] scores) {
    if (sets == inverseSum.length) {
      int capacity = 2 * sets;
      inverse = Arrays.copyOf(inverse, capacity * n);
      multipliers = Arrays.copyOf(multipliers, capacity * n);
      member = Arrays.copyOf(member, capacity * n);
      inverseSum = Arrays.copyOf(inverseSum, capacity);
      inverseSquares = Arrays.copyOf(inverseSquares, capacity);
    }
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      if (!(scores[i] > 0) || Double.isInfinite(scores[i])) {
        throw new IllegalArgumentException("score " + i + " must be positive, got " + scores[i]);
      }
      double w = 1.0 / scores[i];
      inverse[sets * n + i] = w;
      sum += w;
      squares += w * w;
    }
    inverseSum[sets] = sum;
    inverseSquares[sets] = squares;
    sets++;
  }

  /** Number of score estimates intersected so far. */
  public int sets() {
    return sets;
  }

  /** Total Hildreth sweeps so far (for diagnostics and benchmarks). */
  public long sweeps() {
    return sweeps;
  }

  /** Projections answered by the active-set fast path so far (a cost diagnostic). */
  public long fastPaths() {
    return fastPaths;
  }

  /** Whether {@code point} lies in the set, within {@code tolerance} on every constraint. */
  public boolean contains(double[] point, double tolerance) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (point[i] < -tolerance) {
        return false;
      }
      sum += point[i];
    }
    if (Math.abs(sum - 1) > tolerance) {
      return false;
    }
    for (int m = 0; m < sets; m++) {
      double d = dot(m, point);
      for (int i = 0; i < n; i++) {
        if (k * inverse[m * n + i] * point[i] - relaxed * d > tolerance) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public void project(double[] y, double[] out) {
    if (n == 1) {
      out[0] = 1;
      return;
    }
    double shift = 1;
    for (int i = 0; i < n; i++) {
      shift -= y[i];
    }
    shift /= n;
    for (int i = 0; i < n; i++) {
      y0[i] = y[i] + shift;
    }
    if (solveActiveSet()) {
      fastPaths++;
      System.arraycopy(x, 0, out, 0, n);
      return;
    }
    System.arraycopy(y0, 0, x, 0, n);
    for (int i = 0; i < n; i++) {
      if (nonNegativity[i] != 0) {
        moveNonNegativity(i, nonNegativity[i]);
      }
    }
    for (int m = 0; m < sets; m++) {
      for (int i = 0; i < n; i++) {
        double lambda = multipliers[m * n + i];
        if (lambda != 0) {
          moveMenuTime(m, i, lambda);
        }
      }
    }
    double nonNegNorm = 1 - 1.0 / n;
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      sweeps++;
      double moved = 0;
      for (int i = 0; i < n; i++) {
        double step = Math.max(-nonNegativity[i], -x[i] / nonNegNorm);
        if (step != 0) {
          nonNegativity[i] += step;
          moveNonNegativity(i, step);
          moved = Math.max(moved, Math.abs(step));
        }
      }
      for (int m = 0; m < sets; m++) {
        double sum = inverseSum[m];
        double squares = inverseSquares[m];
        double d = dot(m, x);
        for (int i = 0; i < n; i++) {
          double w = inverse[m * n + i];
          double violation = k * w * x[i] - relaxed * d;
          double lambda = multipliers[m * n + i];
          if (violation <= 0 && lambda == 0) {
            continue;
          }
          double mean = (k * w - relaxed * sum) / n;
          double diagonal = (k - relaxed) * w;
          double norm = relaxed * relaxed * (squares - w * w) + diagonal * diagonal - n * mean * mean;
          double step = Math.max(-lambda, violation / norm);
          if (step != 0) {
            multipliers[m * n + i] = lambda + step;
            moveMenuTime(m, i, step);
            d -= step * (k * w * w - relaxed * squares - mean * sum);
            moved = Math.max(moved, Math.abs(step) * Math.sqrt(norm));
          }
        }
      }
      if (moved < STOP) {
        break;
      }
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      x[i] = Math.max(0.0, x[i]);
      total += x[i];
    }
    for (int i = 0; i < n; i++) {
      out[i] = x[i] / total;
    }
  }

  /**
   * The fast path, a primal–dual active-set iteration: start from the constraints with positive
   * multipliers; solve their KKT system; drop the most negative multiplier, or else add the most
   * violated constraint; stop when both sets of KKT conditions hold (success: x and the
   * multipliers are exact) or after a few iterations (failure: Hildreth takes over).
   */
  private boolean solveActiveSet() {
    for (int i = 0; i < n; i++) {
      memberNonNeg[i] = nonNegativity[i] > ACTIVE;
    }
    for (int c = 0; c < sets * n; c++) {
      member[c] = multipliers[c] > ACTIVE;
    }
    for (int iteration = 0; iteration < ACTIVE_SET_ITERATIONS; iteration++) {
      int active = gatherNormals();
      if (active < 0 || !solveKkt(active)) {
        return false;
      }
      int worst = -1;
      double worstMu = 0;
      for (int a = 0; a < active; a++) {
        if (solution.get(a, 0) < worstMu) {
          worstMu = solution.get(a, 0);
          worst = a;
        }
      }
      if (worst >= 0) {
        setMember(worst, false);
        continue;
      }
      System.arraycopy(y0, 0, x, 0, n);
      for (int a = 0; a < active; a++) {
        double mu = solution.get(a, 0);
        for (int j = 0; j < n; j++) {
          x[j] -= mu * normals[a * n + j];
        }
      }
      if (addMostViolated()) {
        continue;
      }
      Arrays.fill(nonNegativity, 0.0);
      Arrays.fill(multipliers, 0, sets * n, 0.0);
      for (int a = 0; a < active; a++) {
        if (activeSet[a] < 0) {
          nonNegativity[activeItem[a]] = solution.get(a, 0);
        } else {
          multipliers[activeSet[a] * n + activeItem[a]] = solution.get(a, 0);
        }
      }
      for (int i = 0; i < n; i++) {
        x[i] = Math.max(0.0, x[i]);
      }
      return true;
    }
    return false;
  }

  /** Projected normals Pg of the member constraints into {@code normals}; −1 if more than n−1. */
  private int gatherNormals() {
    int active = 0;
    for (int i = 0; i < n; i++) {
      if (memberNonNeg[i]) {
        if (active == n - 1) {
          return -1;
        }
        activeSet[active] = -1;
        activeItem[active] = i;
        for (int j = 0; j < n; j++) {
          normals[active * n + j] = (j == i ? -1.0 : 0.0) + 1.0 / n;
        }
        active++;
      }
    }
    for (int m = 0; m < sets; m++) {
      for (int i = 0; i < n; i++) {
        if (member[m * n + i]) {
          if (active == n - 1) {
            return -1;
          }
          activeSet[active] = m;
          activeItem[active] = i;
          double mean = (k * inverse[m * n + i] - relaxed * inverseSum[m]) / n;
          for (int j = 0; j < n; j++) {
            normals[active * n + j] = -relaxed * inverse[m * n + j] - mean;
          }
          normals[active * n + i] += k * inverse[m * n + i];
          active++;
        }
      }
    }
    return active;
  }

  /**
   * Solves Σ_b (Pg_a·Pg_b) μ_b = Pg_a·y₀ + mean(g_a) for the member constraints a (each g_a·x = 0
   * at x = y₀ − Σ μ_b Pg_b on the hyperplane); false if the Gram matrix is singular.
   */
  private boolean solveKkt(int active) {
    gram.reshape(active, active);
    rhs.reshape(active, 1);
    solution.reshape(active, 1);
    if (active == 0) {
      return true;
    }
    for (int a = 0; a < active; a++) {
      double b = 0;
      for (int j = 0; j < n; j++) {
        b += normals[a * n + j] * y0[j];
      }
      double mean = activeSet[a] < 0 ? -1.0 / n
          : (k * inverse[activeSet[a] * n + activeItem[a]] - relaxed * inverseSum[activeSet[a]]) / n;
      rhs.set(a, 0, b + mean);
      for (int c = 0; c <= a; c++) {
        double dot = 0;
        for (int j = 0; j < n; j++) {
          dot += normals[a * n + j] * normals[c * n + j];
        }
        gram.set(a, c, dot);
        gram.set(c, a, dot);
      }
    }
    if (!cholesky.setA(gram)) {
      return false;
    }
    cholesky.solve(rhs, solution);
    return true;
  }

  private void setMember(int a, boolean value) {
    if (activeSet[a] < 0) {
      memberNonNeg[activeItem[a]] = value;
    } else {
      member[activeSet[a] * n + activeItem[a]] = value;
    }
  }

  /** Adds the constraint x violates most (beyond {@code FEASIBLE}); false if x is feasible. */
  private boolean addMostViolated() {
    double worst = FEASIBLE;
    int worstSet = -2;
    int worstItem = -1;
    for (int i = 0; i < n; i++) {
      if (-x[i] > worst && !memberNonNeg[i]) {
        worst = -x[i];
        worstSet = -1;
        worstItem = i;
      }
    }
    for (int m = 0; m < sets; m++) {
      double d = dot(m, x);
      for (int i = 0; i < n; i++) {
        double violation = k * inverse[m * n + i] * x[i] - relaxed * d;
        if (violation > worst && !member[m * n + i]) {
          worst = violation;
          worstSet = m;
          worstItem = i;
        }
      }
    }
    if (worstSet == -2) {
      return false;
    }
    if (worstSet < 0) {
      memberNonNeg[worstItem] = true;
    } else {
      member[worstSet * n + worstItem] = true;
    }
    return true;
  }

  /** x −= step · P(−e_i): x_i += step, then every entry −= step/n. */
  private void moveNonNegativity(int i, double step) {
    double each = step / n;
    for (int j = 0; j < n; j++) {
      x[j] -= each;
    }
    x[i] += step;
  }

  /** x −= step · P g_{m,i} with g_j = −(1+ρ) w_j (j ≠ i), g_i = (k − 1 − ρ) w_i. */
  private void moveMenuTime(int m, int i, double step) {
    int base = m * n;
    double mean = (k * inverse[base + i] - relaxed * inverseSum[m]) / n;
    for (int j = 0; j < n; j++) {
      x[j] += step * (relaxed * inverse[base + j] + mean);
    }
    x[i] -= step * k * inverse[base + i];
  }

  private double dot(int m, double[] point) {
    double d = 0;
    int base = m * n;
    for (int j = 0; j < n; j++) {
      d += inverse[base + j] * point[j];
    }
    return d;
  }
}

package org.recbench.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recbench.api.Capabilities;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Policy;
import org.recbench.core.trial.Budget;

/**
 * Creates trial loops, one copy of the {@link TrialLoop} class per combination of environment,
 * policy and metric classes. The JIT profiles the types a call site sees per class: with one loop
 * class for every trial, a run of four policies makes {@code policy.act} and {@code policy.learn}
 * megamorphic (virtual calls, nothing inlined), while each copy sees one policy and one
 * environment and inlines them. A copy is a hidden class ({@link MethodHandles.Lookup#defineHiddenClass})
 * made from {@code TrialLoop}'s own bytecode, so it runs exactly the same code; copies are made
 * once per combination and JVM (at most {@value #MAX_COPIES}, then trials share the original
 * class).
 */
final class LoopClasses {

  static final int MAX_COPIES = 256;
  private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class,
      Environment.class, Policy.class, String[].class, Metric[].class, Capabilities.class,
      Budget.class, List.class, boolean.class, long.class, long.class);
  private static final Map<List<Class<?>>, MethodHandle> COPIES = new ConcurrentHashMap<>();
  private static final byte[] BYTECODE = bytecode();

  private LoopClasses() {}

  /** A loop over these components, of the copy of {@link TrialLoop} made for their classes. */
  static TrialInteraction create(Environment<Object, Object, Object> environment,
      Policy<Object, Object, Object> policy, String[] metricIds,
      Metric<Object, Object, Object>[] metrics, Capabilities capabilities, Budget budget,
      List<Long> checkpoints, boolean timed, long startNanos, long timeLimitMillis) {
    Class<?>[] classes = new Class<?>[metrics.length + 2];
    classes[0] = environment.getClass();
    classes[1] = policy.getClass();
    for (int i = 0; i < metrics.length; i++) {
      classes[i + 2] = metrics[i].getClass();
    }
    MethodHandle constructor = COPIES.size() < MAX_COPIES
        ? COPIES.computeIfAbsent(List.of(classes), key -> copy()) : null;
    if (constructor == null) {
      return new TrialLoop(environment, policy, metricIds, metrics, capabilities, budget,
          checkpoints, timed, startNanos, timeLimitMillis);
    }
    try {
      return (TrialInteraction) constructor.invokeExact(environment, policy, metricIds, metrics,
          capabilities, budget, checkpoints, timed, startNanos, timeLimitMillis);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static MethodHandle copy() {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(BYTECODE, true);
      return lookup.findConstructor(lookup.lookupClass(), CONSTRUCTOR)
          .asType(CONSTRUCTOR.changeReturnType(TrialInteraction.class));
    } catch (IllegalAccessException | NoSuchMethodException e) {
      throw new IllegalStateException("cannot copy the trial loop class", e);
    }
  }

  private static byte[] bytecode() {
    try (InputStream in = TrialLoop.class.getResourceAsStream("TrialLoop.class")) {
      if (in == null) {
        throw new IllegalStateException("TrialLoop.class is not readable as a resource");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

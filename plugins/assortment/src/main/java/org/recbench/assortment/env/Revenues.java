package org.recbench.assortment.env;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.ParamProblem;
import org.recbench.api.Params;
import org.recbench.assortment.model.RevenueRule;

/** The {@code revenues}, {@code revenue-low/high} and {@code revenue-values} parameters. */
final class Revenues {

  private Revenues() {}

  /** Problems of the revenue parameters for {@code items} items (−1 when N is not known yet). */
  static List<ParamProblem> problems(Params params, int items) {
    List<ParamProblem> problems = new ArrayList<>();
    String kind = params.getString("revenues");
    if (kind.equals("uniform")) {
      double low = params.getDouble("revenue-low");
      double high = params.getDouble("revenue-high");
      if (!(low > 0.0)) {
        problems.add(ParamProblem.at("revenue-low", "must be > 0, was " + low));
      } else if (high < low) {
        problems.add(ParamProblem.at("revenue-high", high + " is below revenue-low " + low));
      }
    }
    if (kind.equals("explicit") != params.has("revenue-values")) {
      problems.add(ParamProblem.at(kind.equals("explicit") ? "revenues" : "revenue-values",
          "revenue-values is given exactly when revenues is explicit"));
    } else if (params.has("revenue-values")) {
      double[] values = params.getDoubleArray("revenue-values");
      if (items >= 0 && values.length != items) {
        problems.add(ParamProblem.at("revenue-values", values.length + " values for " + items
            + " items"));
      }
      for (int i = 0; i < values.length; i++) {
        if (!(values[i] > 0.0)) {
          problems.add(ParamProblem.at("revenue-values", "value " + i + " is " + values[i]
              + ", expected a positive number"));
          break;
        }
      }
    }
    return problems;
  }

  /** The rule the parameters describe (already validated). */
  static RevenueRule rule(Params params) {
    return switch (params.getString("revenues")) {
      case "uniform" -> new RevenueRule.Uniform(params.getDouble("revenue-low"),
          params.getDouble("revenue-high"));
      case "explicit" -> new RevenueRule.Explicit(params.getDoubleArray("revenue-values"));
      default -> new RevenueRule.Unit();
    };
  }
}

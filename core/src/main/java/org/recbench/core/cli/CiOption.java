package org.recbench.core.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.recbench.core.stats.ConfidenceMethod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --ci METHOD} option of the commands that compute statistics, in any letter case. */
final class CiOption {

  @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "t", converter = Converter.class,
      description = "Confidence interval of means: t or bootstrap, in any case (default: t).")
  ConfidenceMethod method;

  /** {@code t}, {@code T}, {@code bootstrap}, {@code Bootstrap}... to the method. */
  static final class Converter implements ITypeConverter<ConfidenceMethod> {
    @Override
    public ConfidenceMethod convert(String value) {
      try {
        return ConfidenceMethod.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected one of " + Arrays.stream(
            ConfidenceMethod.values()).map(m -> m.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")) + ", found '" + value + "'");
      }
    }
  }
}

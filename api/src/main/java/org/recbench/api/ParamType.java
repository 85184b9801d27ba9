package org.recbench.api;

/** The value types a component parameter may take, with their JSON and Java representations. */
public enum ParamType {
  /** JSON integer; Java {@code Long}. */
  INTEGER("integer"),
  /** JSON number; Java {@code Double}. */
  NUMBER("number"),
  /** JSON boolean; Java {@code Boolean}. */
  BOOLEAN("boolean"),
  /** JSON string; Java {@code String}. */
  STRING("string"),
  /** JSON array of numbers; Java {@code double[]}. */
  NUMBER_ARRAY("array of numbers"),
  /** JSON array of equally long arrays of numbers; Java {@code double[][]}. */
  NUMBER_MATRIX("matrix of numbers");

  private final String label;

  ParamType(String label) {
    this.label = label;
  }

  /** Human-readable name used in error messages, e.g. "array of numbers". */
  public String label() {
    return label;
  }
}

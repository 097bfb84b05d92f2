package org.triangulate.model;

/**
 * An amount in a canonical unit, so that quantities given in different units compare.
 *
 * @param amount the value in {@code unit}
 * @param unit the canonical unit, such as {@code km}, {@code EUR}, {@code people}, {@code %}
 */
public record Measure(double amount, String unit) {
  public Measure {
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("amount must be finite: " + amount);
    }
    Checks.notBlank(unit, "unit");
  }
}

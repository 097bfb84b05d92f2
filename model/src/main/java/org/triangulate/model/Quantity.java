package org.triangulate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A number with its unit as written in an article ("40 miles", "€2.5 billion", "three people").
 *
 * @param text the quantity as written
 * @param start offset in the article text
 * @param end offset after the quantity
 * @param amount the value as written, scale words applied ("2.5 billion" is 2.5e9)
 * @param unit the unit as written, singular and lower case ("mile", "euro", "person")
 * @param normalized the value in a canonical unit, when the unit has one
 */
public record Quantity(
    String text, int start, int end, double amount, String unit, Optional<Measure> normalized) {
  public Quantity {
    Checks.notBlank(text, "text");
    Checks.span(start, end);
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("amount must be finite: " + amount);
    }
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(normalized, "normalized");
  }
}

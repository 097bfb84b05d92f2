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
 * @param bound how the stated value bounds the true one ("about 30", "more than 30"); {@code
 *     amount} is the lower end of a range. A {@code null} reads as {@link ValueBound#EXACT}, so
 *     that records stored before this component existed read back
 * @param upper the upper end of a range, in {@code unit}; present exactly when {@code bound} is
 *     {@link ValueBound#RANGE}
 * @param alsoGivenAs the same value given again in another unit, normalised, as in "65 kilometers
 *     (40 miles)"
 */
public record Quantity(
    String text,
    int start,
    int end,
    double amount,
    String unit,
    Optional<Measure> normalized,
    ValueBound bound,
    Optional<Double> upper,
    Optional<Measure> alsoGivenAs) {
  public Quantity {
    Checks.notBlank(text, "text");
    Checks.span(start, end);
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("amount must be finite: " + amount);
    }
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(normalized, "normalized");
    bound = bound == null ? ValueBound.EXACT : bound;
    upper = upper == null ? Optional.empty() : upper;
    alsoGivenAs = alsoGivenAs == null ? Optional.empty() : alsoGivenAs;
    if ((bound == ValueBound.RANGE) != upper.isPresent()) {
      throw new IllegalArgumentException("an upper end goes with a range only: " + bound);
    }
  }

  /** An exact quantity given once. */
  public Quantity(
      String text, int start, int end, double amount, String unit, Optional<Measure> normalized) {
    this(
        text,
        start,
        end,
        amount,
        unit,
        normalized,
        ValueBound.EXACT,
        Optional.empty(),
        Optional.empty());
  }
}

package org.triangulate.nlp.quantity;

import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.Measure;

/**
 * What the words around a quantity say about its value: exact, approximate, a bound or a range, and
 * the same value given again in another unit.
 *
 * <p>The quantity's {@code amount} stays the value as stated (the lower end of a range); this
 * record carries the rest, so that a later stage can tell "about 30" from "more than 30" without a
 * change to {@link org.triangulate.model.Quantity}.
 *
 * @param bound how the stated value bounds the true one
 * @param upper the upper end of a range, in the quantity's unit, when {@code bound} is {@link
 *     Bound#RANGE}
 * @param alsoGivenAs the same value in another unit, normalised, as in "65 kilometers (40 miles)"
 */
public record QuantityQualifier(
    Bound bound, Optional<Double> upper, Optional<Measure> alsoGivenAs) {
  /** An exact value with nothing given twice. */
  public static final QuantityQualifier EXACT =
      new QuantityQualifier(Bound.EXACT, Optional.empty(), Optional.empty());

  /** Checks the parts: a range has an upper end and nothing else does. */
  public QuantityQualifier {
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(alsoGivenAs, "alsoGivenAs");
    if ((bound == Bound.RANGE) != upper.isPresent()) {
      throw new IllegalArgumentException("an upper end goes with a range only: " + bound);
    }
  }

  /** How a stated value relates to the true one. */
  public enum Bound {
    /** As stated: "30 people". */
    EXACT,
    /** Close to the stated value: "about 30", "some 30", "30 or so", "nearly 30". */
    APPROXIMATE,
    /** The stated value or more: "at least 30", "30 or more". */
    AT_LEAST,
    /** Above the stated value: "more than 30", "over 30". */
    MORE_THAN,
    /** The stated value or less: "up to 30", "at most 30", "30 or fewer". */
    AT_MOST,
    /** Below the stated value: "fewer than 30", "under 30". */
    LESS_THAN,
    /** Between the stated value and {@code upper}: "between 20 and 30", "20 to 30", "20-30". */
    RANGE
  }
}

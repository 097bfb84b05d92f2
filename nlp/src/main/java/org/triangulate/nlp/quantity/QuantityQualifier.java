package org.triangulate.nlp.quantity;

import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.Measure;
import org.triangulate.model.ValueBound;

/**
 * What the words around a quantity say about its value: exact, approximate, a bound or a range, and
 * the same value given again in another unit.
 *
 * <p>The quantity's {@code amount} stays the value as stated (the lower end of a range); this
 * record carries the rest while the extractor works, and {@link QualifiedQuantity#toQuantity()}
 * folds it into the {@link org.triangulate.model.Quantity}.
 *
 * @param bound how the stated value bounds the true one
 * @param upper the upper end of a range, in the quantity's unit, when {@code bound} is {@link
 *     ValueBound#RANGE}
 * @param alsoGivenAs the same value in another unit, normalised, as in "65 kilometers (40 miles)"
 */
public record QuantityQualifier(
    ValueBound bound, Optional<Double> upper, Optional<Measure> alsoGivenAs) {
  /** An exact value with nothing given twice. */
  public static final QuantityQualifier EXACT =
      new QuantityQualifier(ValueBound.EXACT, Optional.empty(), Optional.empty());

  /** Checks the parts: a range has an upper end and nothing else does. */
  public QuantityQualifier {
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(alsoGivenAs, "alsoGivenAs");
    if ((bound == ValueBound.RANGE) != upper.isPresent()) {
      throw new IllegalArgumentException("an upper end goes with a range only: " + bound);
    }
  }
}

package org.triangulate.nlp.quantity;

import java.util.Objects;
import org.triangulate.model.Quantity;

/**
 * A quantity with its qualifier: "more than 3,000 people" is 3,000 people with the bound {@code
 * MORE_THAN}.
 *
 * @param quantity the quantity; its text covers the qualifying words too
 * @param qualifier what those words say about the value
 */
public record QualifiedQuantity(Quantity quantity, QuantityQualifier qualifier) {
  /** Checks that both parts are present. */
  public QualifiedQuantity {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /**
   * The quantity with the qualifier folded into its {@code bound}, {@code upper} and {@code
   * alsoGivenAs}.
   */
  public Quantity toQuantity() {
    return new Quantity(
        quantity.text(),
        quantity.start(),
        quantity.end(),
        quantity.amount(),
        quantity.unit(),
        quantity.normalized(),
        qualifier.bound(),
        qualifier.upper(),
        qualifier.alsoGivenAs());
  }
}

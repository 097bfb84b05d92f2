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
}

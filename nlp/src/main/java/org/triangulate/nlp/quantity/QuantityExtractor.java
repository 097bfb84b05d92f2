package org.triangulate.nlp.quantity;

import java.util.List;
import org.triangulate.model.Quantity;

/**
 * Finds the quantities of a text: numbers with their units, scaled and normalised.
 *
 * <p>Implementations are immutable and thread-safe. Quantities come in text order and do not
 * overlap.
 */
public interface QuantityExtractor {
  /** The quantities of {@code text}, in text order. */
  List<Quantity> extract(String text);
}

package org.triangulate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.triangulate.model.Measure;
import org.triangulate.model.Quantity;

/**
 * Writes a contract Quantity: {@code text, start, end, amount, unit, normalized}, where {@code
 * normalized} is {@code {amount, unit}} or {@code null}, and the added {@code bound} ("exact",
 * "approximate", "at-least", "more-than", "at-most", "less-than", "range"), {@code upper} (the
 * upper end of a range, or {@code null}) and {@code alsoGivenAs} (the value given again in another
 * unit, {@code {amount, unit}} or {@code null}).
 *
 * <p>Amounts are JSON numbers written as Java writes a {@code double} ({@code 40.0}, {@code
 * 2.5E9}), the same way every time. Stateless and thread-safe.
 */
final class QuantityJson {
  private QuantityJson() {}

  /** Writes {@code quantity} as an object, or {@code null} when absent. */
  static void write(JsonGenerator gen, Optional<Quantity> quantity) throws IOException {
    if (quantity.isPresent()) {
      write(gen, quantity.get());
    } else {
      gen.writeNull();
    }
  }

  /** Writes {@code quantity} as an object. */
  static void write(JsonGenerator gen, Quantity quantity) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("text", quantity.text());
    gen.writeNumberField("start", quantity.start());
    gen.writeNumberField("end", quantity.end());
    gen.writeNumberField("amount", quantity.amount());
    gen.writeStringField("unit", quantity.unit());
    gen.writeFieldName("normalized");
    writeMeasure(gen, quantity.normalized());
    gen.writeStringField("bound", quantity.bound().label());
    gen.writeFieldName("upper");
    if (quantity.upper().isPresent()) {
      gen.writeNumber(quantity.upper().get());
    } else {
      gen.writeNull();
    }
    gen.writeFieldName("alsoGivenAs");
    writeMeasure(gen, quantity.alsoGivenAs());
    gen.writeEndObject();
  }

  private static void writeMeasure(JsonGenerator gen, Optional<Measure> measure)
      throws IOException {
    if (measure.isPresent()) {
      gen.writeStartObject();
      gen.writeNumberField("amount", measure.get().amount());
      gen.writeStringField("unit", measure.get().unit());
      gen.writeEndObject();
    } else {
      gen.writeNull();
    }
  }
}

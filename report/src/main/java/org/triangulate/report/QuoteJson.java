package org.triangulate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.triangulate.model.Quote;
import org.triangulate.model.Speaker;

/**
 * Writes a contract Quote: {@code id, text, start, end, direct, cue, speaker}, where {@code
 * speaker} is {@code {text, start, end, name, entity}} or {@code null}.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteJson {
  private QuoteJson() {}

  /**
   * Writes {@code quote}, found in {@code article}, resolving its speaker with {@code entities}.
   */
  static void write(JsonGenerator gen, String article, Quote quote, EntityIndex entities)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", quote.id());
    gen.writeStringField("text", quote.text());
    gen.writeNumberField("start", quote.start());
    gen.writeNumberField("end", quote.end());
    gen.writeBooleanField("direct", quote.direct());
    JsonOutput.stringOrNull(gen, "cue", quote.cue());
    gen.writeFieldName("speaker");
    if (quote.speaker().isPresent()) {
      Speaker speaker = quote.speaker().get();
      gen.writeStartObject();
      gen.writeStringField("text", speaker.text());
      gen.writeNumberField("start", speaker.start());
      gen.writeNumberField("end", speaker.end());
      JsonOutput.stringOrNull(gen, "name", speaker.name());
      JsonOutput.stringOrNull(gen, "entity", entities.speaker(article, speaker));
      gen.writeEndObject();
    } else {
      gen.writeNull();
    }
    gen.writeEndObject();
  }
}

package org.triangulate.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.triangulate.server.corpus.StorySummary;

/**
 * Writes the API's JSON: a generator over a string, and the shapes the API adds to the contract's
 * (story list lines, errors). Thread-safe.
 */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** Writes one JSON value. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator gen) throws IOException;
  }

  /** The text {@code body} writes. */
  static String of(Body body) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      body.write(gen);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to a string", e);
    }
    return out.toString();
  }

  /** {@code {"error": message}}. */
  static String error(String message) {
    return of(
        gen -> {
          gen.writeStartObject();
          gen.writeStringField("error", message);
          gen.writeEndObject();
        });
  }

  /** A story list line: {@code {id, title, first, last, articles, outlets, conflicts}}. */
  static void summary(JsonGenerator gen, StorySummary story) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", story.id());
    gen.writeStringField("title", story.title());
    stringOrNull(gen, "first", story.first().map(LocalDate::toString));
    stringOrNull(gen, "last", story.last().map(LocalDate::toString));
    gen.writeNumberField("articles", story.articles());
    gen.writeNumberField("outlets", story.outlets());
    gen.writeNumberField("conflicts", story.conflicts());
    gen.writeEndObject();
  }

  static void stringOrNull(JsonGenerator gen, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(field, value.get());
    } else {
      gen.writeNullField(field);
    }
  }
}

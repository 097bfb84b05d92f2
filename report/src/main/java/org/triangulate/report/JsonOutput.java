package org.triangulate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Makes the JSON generators every JSON output of this package uses, and writes the small shapes
 * they share.
 *
 * <p>Pretty output is indented by two spaces with {@code "\n"} line ends whatever the platform,
 * {@code "key": value}, and {@code []} for empty arrays, so that the same values always give the
 * same characters. Generators never close the caller's writer. Thread-safe: {@link JsonFactory} is,
 * and each call makes a fresh generator and pretty printer.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final Separators SEPARATORS =
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("");

  private JsonOutput() {}

  /** A generator that indents by two spaces. */
  static JsonGenerator pretty(Writer out) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(out);
    generator.setPrettyPrinter(
        new DefaultPrettyPrinter(SEPARATORS)
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER));
    return generator;
  }

  /** A generator that writes everything on one line, for JSON Lines. */
  static JsonGenerator compact(Writer out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  /** Writes {@code value} or {@code null}. */
  static void stringOrNull(JsonGenerator gen, String field, Optional<String> value)
      throws IOException {
    gen.writeFieldName(field);
    if (value.isPresent()) {
      gen.writeString(value.get());
    } else {
      gen.writeNull();
    }
  }

  /** Writes an array of strings, {@code []} when empty. */
  static void strings(JsonGenerator gen, String field, List<String> values) throws IOException {
    gen.writeArrayFieldStart(field);
    for (String value : values) {
      gen.writeString(value);
    }
    gen.writeEndArray();
  }
}

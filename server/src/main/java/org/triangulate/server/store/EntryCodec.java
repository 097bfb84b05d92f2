package org.triangulate.server.store;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns {@link LogEntry log entries} into bytes and back: JSON of the model records, field by
 * record component, so that an entry read back equals the entry written.
 *
 * <p>Unknown fields are ignored when reading, so that a store written by a later version whose
 * records gained fields still opens; a list field that an earlier version did not write reads as
 * empty (a story's {@code duplicates}, say), so that a store written before it opens too.
 * Thread-safe.
 */
final class EntryCodec {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .withConfigOverride(
              List.class,
              override -> override.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
          .build();

  private EntryCodec() {}

  static byte[] encode(LogEntry entry) {
    try {
      return JSON.writerFor(LogEntry.class).writeValueAsBytes(entry);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a log entry: " + entry.getClass(), e);
    }
  }

  static LogEntry decode(byte[] bytes) throws IOException {
    return JSON.readValue(bytes, LogEntry.class);
  }
}

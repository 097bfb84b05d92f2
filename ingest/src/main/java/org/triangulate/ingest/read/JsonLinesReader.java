package org.triangulate.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/**
 * Reads JSONL: one article a line, {@code {"id","url","outlet","title","published","text"}} or
 * {@code {"id","url","html"}}. Only {@code id} and one of {@code text} and {@code html} are
 * required; when both are given, {@code text} is used. Blank lines are ignored; a bad line is
 * skipped as {@code file:line N}. Stateless.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  static void read(InputStream in, String source, DocumentSink sink) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String lineSource = source + ":line " + number;
      try {
        sink.accept(document(JSON.readTree(line), lineSource));
      } catch (JsonProcessingException e) {
        sink.skip(new Skipped(lineSource, "not valid JSON: " + e.getOriginalMessage()));
      } catch (BadLineException e) {
        sink.skip(new Skipped(lineSource, e.getMessage()));
      }
    }
  }

  private static Document document(JsonNode node, String source) throws BadLineException {
    try {
      JsonArticle article = JsonArticle.of(node);
      String id =
          article.id().orElseThrow(() -> new BadLineException("no \"id\" field (required)"));
      return article.toDocument(id, source);
    } catch (JsonArticle.InvalidArticleException e) {
      throw new BadLineException(e.getMessage());
    }
  }

  /** A line that is JSON but not a usable article. */
  private static final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;

    BadLineException(String reason) {
      super(reason);
    }
  }
}

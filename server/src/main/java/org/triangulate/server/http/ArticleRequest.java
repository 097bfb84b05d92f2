package org.triangulate.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.triangulate.ingest.PublishedDates;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;

/**
 * Reads the body of {@code POST /api/articles}: a JSON object {@code {"id", "url", "outlet",
 * "title", "published", "text"}} or with {@code "html"} instead of {@code "text"}, as one line of
 * JSONL input. Only the content is taken: the API never reads a path or fetches a URL it is given.
 * Without an id, the article's id is {@code a-} and the first 16 hex digits of the content's
 * SHA-256. Stateless and thread-safe.
 */
final class ArticleRequest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ID = 200;

  private ArticleRequest() {}

  static Document parse(byte[] body) throws HttpError {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new HttpError(400, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new HttpError(400, "unreadable body: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new HttpError(400, "the body must be a JSON object with \"text\" or \"html\"");
    }
    Optional<String> text = field(node, "text");
    Optional<String> html = field(node, "html");
    if (text.isEmpty() && html.isEmpty()) {
      throw new HttpError(400, "no non-empty \"text\" or \"html\" field (one is required)");
    }
    String content = text.or(() -> html).orElseThrow();
    String id = field(node, "id").orElseGet(() -> "a-" + hash(content));
    if (id.length() > MAX_ID || id.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
      throw new HttpError(400, "id must be at most " + MAX_ID + " printable characters");
    }
    return new Document(
        id,
        "api:" + id,
        text.isPresent() ? ContentKind.TEXT : ContentKind.HTML,
        content,
        field(node, "url"),
        field(node, "outlet"),
        field(node, "title"),
        field(node, "published").flatMap(PublishedDates::parse));
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private static String hash(String content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

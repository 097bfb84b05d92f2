package org.triangulate.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.triangulate.ingest.read.JsonArticle;
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
    JsonArticle article;
    try {
      article = JsonArticle.of(node);
    } catch (JsonArticle.InvalidArticleException e) {
      throw new HttpError(
          400, "the body must be a JSON object with \"text\" or \"html\": " + e.getMessage());
    }
    String id = article.id().orElseGet(() -> "a-" + hash(article.content()));
    if (id.length() > MAX_ID || id.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
      throw new HttpError(400, "id must be at most " + MAX_ID + " printable characters");
    }
    return article.toDocument(id, "api:" + id);
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

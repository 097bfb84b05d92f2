package org.triangulate.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.ingest.PublishedDates;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;
import org.triangulate.model.PublicationDate;

/**
 * An article given as a JSON object: {@code {"id", "url", "outlet", "title", "published", "text"}}
 * or with {@code "html"} instead of {@code "text"} (when both are given, {@code text} is used).
 * This is a JSONL input line, and the body of the server's {@code POST /api/articles}. Blank string
 * fields count as absent.
 *
 * @param id the article's own id, when it gives one
 * @param kind whether {@code content} is plain text or HTML
 * @param content the article's text or HTML
 */
public record JsonArticle(
    Optional<String> id,
    ContentKind kind,
    String content,
    Optional<String> url,
    Optional<String> outlet,
    Optional<String> title,
    Optional<PublicationDate> published) {
  public JsonArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
  }

  /** Thrown for JSON that is not an article object; the message says what is wrong. */
  public static final class InvalidArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidArticleException(String message) {
      super(message);
    }
  }

  /**
   * Reads {@code node}, which must be an object holding a non-blank {@code text} or {@code html}.
   */
  public static JsonArticle of(JsonNode node) throws InvalidArticleException {
    if (node == null || !node.isObject()) {
      throw new InvalidArticleException("not a JSON object");
    }
    Optional<String> text = field(node, "text");
    Optional<String> html = field(node, "html");
    if (text.isEmpty() && html.isEmpty()) {
      throw new InvalidArticleException(
          "no non-empty \"text\" or \"html\" field (one is required)");
    }
    return new JsonArticle(
        field(node, "id"),
        text.isPresent() ? ContentKind.TEXT : ContentKind.HTML,
        text.or(() -> html).orElseThrow(),
        field(node, "url"),
        field(node, "outlet"),
        field(node, "title"),
        field(node, "published").flatMap(PublishedDates::parse));
  }

  /** The document this article is, under {@code id}, read from {@code source}. */
  public Document toDocument(String documentId, String source) {
    return new Document(documentId, source, kind, content, url, outlet, title, published);
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }
}

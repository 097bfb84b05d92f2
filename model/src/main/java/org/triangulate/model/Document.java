package org.triangulate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One input as a reader found it: its content and whatever metadata the container gave (a JSONL
 * line's fields, a feed item's title and date, a WARC record's URL).
 *
 * @param id the article id the report will use (file name without input endings, or the record's
 *     own id or URL)
 * @param source the path or URL it was read from, for messages and the report
 * @param kind whether {@code content} is plain text or HTML
 * @param content the decoded text or HTML
 * @param url the page's address, when known
 * @param outlet the publishing outlet, when the container names it
 * @param title the headline, when the container gives it
 * @param published the publication date, when the container gives it
 */
public record Document(
    String id,
    String source,
    ContentKind kind,
    String content,
    Optional<String> url,
    Optional<String> outlet,
    Optional<String> title,
    Optional<PublicationDate> published) {
  public Document {
    Checks.notBlank(id, "id");
    Checks.notBlank(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
  }

  /** A document with no metadata beyond its id and source. */
  public static Document of(String id, String source, ContentKind kind, String content) {
    return new Document(
        id,
        source,
        kind,
        content,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}

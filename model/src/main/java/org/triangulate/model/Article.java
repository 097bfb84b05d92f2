package org.triangulate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after ingestion: the clean body and its metadata.
 *
 * @param id unique among the report's articles
 * @param source the path or URL it was read from
 * @param url the page's address, when known
 * @param outlet the publishing outlet, when known
 * @param title the headline, when known
 * @param byline the authors, in page order; empty when unknown
 * @param published the publication date, when known
 * @param language an ISO 639-1 code such as {@code en}
 * @param text the cleaned body; paragraphs separated by one blank line
 * @param removed each block of boilerplate that cleaning dropped, in document order
 */
public record Article(
    String id,
    String source,
    Optional<String> url,
    Optional<String> outlet,
    Optional<String> title,
    List<String> byline,
    Optional<PublicationDate> published,
    String language,
    String text,
    List<String> removed) {
  public Article {
    Checks.notBlank(id, "id");
    Checks.notBlank(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    byline = List.copyOf(byline);
    Objects.requireNonNull(published, "published");
    Checks.notBlank(language, "language");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }
}

package org.triangulate.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.PublicationDate;

/**
 * What an extractor found in a document's content: the clean body and the metadata the content
 * itself gives. Immutable.
 *
 * @param title the headline, when found
 * @param byline the authors, in page order
 * @param published the publication date, when found
 * @param outlet the publishing outlet, when found
 * @param url the page's own address (a canonical link), when found
 * @param text the body, paragraphs separated by one blank line; may be empty
 * @param removed each dropped block of boilerplate, in document order
 */
public record Extraction(
    Optional<String> title,
    List<String> byline,
    Optional<PublicationDate> published,
    Optional<String> outlet,
    Optional<String> url,
    String text,
    List<String> removed) {
  public Extraction {
    Objects.requireNonNull(title, "title");
    byline = List.copyOf(byline);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }
}

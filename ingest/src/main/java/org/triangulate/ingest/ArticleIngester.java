package org.triangulate.ingest;

import java.util.Objects;
import org.triangulate.ingest.html.HtmlExtractor;
import org.triangulate.ingest.lang.LanguageGuesser;
import org.triangulate.ingest.text.TextCleaner;
import org.triangulate.model.Article;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;

/**
 * Turns a {@link Document} into an {@link Article}: HTML through main-content extraction and
 * metadata reading ({@link HtmlExtractor}), plain text through clean-up ({@link TextCleaner}), then
 * a language guess ({@link LanguageGuesser}).
 *
 * <p>Metadata the container gave in the document (title, url, outlet, published) wins over what the
 * content states. Stateless and thread-safe: one instance may serve many threads.
 */
public final class ArticleIngester implements Ingester {
  private final HtmlExtractor html = new HtmlExtractor();
  private final TextCleaner text = new TextCleaner();
  private final LanguageGuesser languages = new LanguageGuesser();

  /** Creates an ingester with the built-in pattern tables and lexicons. */
  public ArticleIngester() {}

  /**
   * Extracts the article a document holds.
   *
   * @throws NoArticleException when no article text is left after cleaning
   */
  public Article ingest(Document document) throws NoArticleException {
    Objects.requireNonNull(document, "document");
    Extraction found =
        document.kind() == ContentKind.HTML
            ? html.extract(document.content(), document.url(), document.title())
            : text.clean(document.content(), document.title());
    if (found.text().isBlank()) {
      throw new NoArticleException(
          document.source(),
          found.removed().isEmpty()
              ? "no article text found (the page or text is empty)"
              : "no article text found (only boilerplate)");
    }
    return new Article(
        document.id(),
        document.source(),
        document.url().or(found::url),
        document.outlet().or(found::outlet),
        document.title().or(found::title),
        found.byline(),
        document.published().or(found::published),
        languages.guess(found.text()),
        found.text(),
        found.removed());
  }
}

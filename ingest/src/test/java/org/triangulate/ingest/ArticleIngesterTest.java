package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;
import org.triangulate.model.PublicationDate;

class ArticleIngesterTest {
  private static final String PAGE =
      "<html><head><meta property=\"og:title\" content=\"Page title\">"
          + "<meta property=\"og:site_name\" content=\"Page Outlet\">"
          + "<meta property=\"article:published_time\" content=\"2020-01-01\"></head>"
          + "<body><article><p>The ferry to the island will run twice a day from June, the"
          + " operator said.</p></article></body></html>";

  private final ArticleIngester ingester = new ArticleIngester();

  @Test
  void containerMetadataWinsOverThePage() throws NoArticleException {
    Document document =
        new Document(
            "ferry",
            "batch.jsonl:line 4",
            ContentKind.HTML,
            PAGE,
            Optional.of("https://velmora.example/ferry"),
            Optional.of("Velmora Post"),
            Optional.of("Ferry timetable changes"),
            Optional.of(PublicationDate.ofDate(LocalDate.of(2024, 5, 31))));
    Article article = ingester.ingest(document);
    assertThat(article.id()).isEqualTo("ferry");
    assertThat(article.source()).isEqualTo("batch.jsonl:line 4");
    assertThat(article.title()).contains("Ferry timetable changes");
    assertThat(article.outlet()).contains("Velmora Post");
    assertThat(article.url()).contains("https://velmora.example/ferry");
    assertThat(article.published().map(PublicationDate::date)).contains(LocalDate.of(2024, 5, 31));
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.text())
        .isEqualTo("The ferry to the island will run twice a day from June, the operator said.");
  }

  @Test
  void pageMetadataFillsWhatTheContainerLacks() throws NoArticleException {
    Article article = ingester.ingest(Document.of("p", "p.html", ContentKind.HTML, PAGE));
    assertThat(article.title()).contains("Page title");
    assertThat(article.outlet()).contains("Page Outlet");
    assertThat(article.published().map(PublicationDate::date)).contains(LocalDate.of(2020, 1, 1));
  }

  @Test
  void textDocumentIsCleanedAndItsLanguageGuessed() throws NoArticleException {
    Article article =
        ingester.ingest(
            Document.of(
                "rat",
                "rat.txt",
                ContentKind.TEXT,
                "Rat verschiebt Abstimmung\n\nDer Rat hat die Abstimmung über den Damm verschoben,"
                    + " und die Bauern sind nicht froh darüber.\n\nAdvertisement"));
    assertThat(article.title()).contains("Rat verschiebt Abstimmung");
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.removed()).containsExactly("Advertisement");
  }

  @Test
  void onlyBoilerplateIsNoArticle() {
    Document document =
        Document.of(
            "junk",
            "junk.txt",
            ContentKind.TEXT,
            "Advertisement\nSubscribe to our newsletter for updates\nShare this article");
    assertThatThrownBy(() -> ingester.ingest(document))
        .isInstanceOf(NoArticleException.class)
        .satisfies(
            e -> {
              NoArticleException error = (NoArticleException) e;
              assertThat(error.source()).isEqualTo("junk.txt");
              assertThat(error.reason()).contains("only boilerplate");
            });
  }

  @Test
  void emptyPageIsNoArticle() {
    assertThatThrownBy(
            () -> ingester.ingest(Document.of("e", "e.html", ContentKind.HTML, "<html></html>")))
        .isInstanceOf(NoArticleException.class)
        .hasMessageContaining("no article text");
  }
}

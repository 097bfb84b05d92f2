package org.triangulate.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules of {@link HtmlExtractor} that decide which parts of a page make the article's body. */
class HtmlExtractorBodyTest {
  private static final String SENTENCE =
      "The harbour board of Velmora voted on Tuesday to extend the northern pier by forty metres,"
          + " its chair Ilse Marrow said after a long meeting in the town hall. ";

  private static final String FERRY =
      "The ferry from Velmora to the outer islands will run twice a day from June, the operator"
          + " Tomas Wendel told the harbour board, which had asked for a winter timetable too. ";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private String text(String html) {
    return extractor.extract(html, Optional.empty(), Optional.empty()).text();
  }

  @Test
  void noscriptCopyOfAnArticleIsReadButAShortNoscriptNoticeIsNot() {
    String page =
        "<html><body><div class=\"post\"><script type=\"text/template\"><p>"
            + SENTENCE
            + "</p></script><noscript><p>"
            + SENTENCE.repeat(4)
            + "</p><p>"
            + SENTENCE.repeat(4)
            + "</p></noscript></div><div><noscript><p>Please turn on JavaScript to read the"
            + " comments of the Velmora Post.</p></noscript><p>A short note on the pier, dated"
            + " Tuesday, from the Velmora Post desk.</p></div></body></html>";
    String text = text(page);
    assertThat(text).contains("northern pier");
    assertThat(text).doesNotContain("turn on JavaScript");
  }

  @Test
  void articleWhoseBoxIsMostlyALinkListKeepsItsParagraphAndDropsTheList() {
    StringBuilder links = new StringBuilder("<ul>");
    for (int i = 0; i < 12; i++) {
      links
          .append("<li><a href=\"/p")
          .append(i)
          .append("\">Older post on the Velmora pier number ");
      links.append(i).append("</a></li>");
    }
    links.append("</ul>");
    String page =
        "<html><body><div class=\"entry\"><h1>The pier</h1><p>"
            + SENTENCE
            + "</p><div class=\"entry-content\"><p>"
            + FERRY.repeat(2)
            + "</p><div class=\"list\">"
            + links
            + "</div></div></div></body></html>";
    String text = text(page);
    assertThat(text).contains("outer islands");
    assertThat(text).doesNotContain("Older post");
  }

  @Test
  void contactSectionAfterTheArticleIsDroppedWithItsLines() {
    String page =
        "<html><body><article><p>"
            + SENTENCE.repeat(3)
            + "</p><p>"
            + FERRY.repeat(3)
            + "</p><h3>Pressekontakt</h3><p>Ilse Marrow</p><p>Telefon +00 123 456</p>"
            + "<p>presse@velmora.example</p></article></body></html>";
    String text = text(page);
    assertThat(text).contains("outer islands");
    assertThat(text).doesNotContain("Pressekontakt").doesNotContain("Telefon");
  }

  @Test
  void tableOfContentsAndSourcesListAreDroppedButTheirArticleStays() {
    String page =
        "<html><body><article><h2>Inhaltsverzeichnis</h2><ul><li><a href=\"#a\">Der Pier</a></li>"
            + "<li><a href=\"#b\">Die Fähre</a></li></ul><p>"
            + SENTENCE.repeat(3)
            + "</p><p>"
            + FERRY.repeat(3)
            + "</p><h3>Quellen</h3><p>Hafenamt Velmora (2023): Jahresbericht</p></article>"
            + "</body></html>";
    String text = text(page);
    assertThat(text).contains("northern pier").contains("outer islands");
    assertThat(text).doesNotContain("Inhaltsverzeichnis").doesNotContain("Jahresbericht");
  }
}

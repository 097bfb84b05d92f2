package org.triangulate.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
  private static HtmlMetadata read(String head, String body) {
    return HtmlMetadata.read(
        Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"),
        Optional.of("https://www.velmora-courier.example/news/dam"));
  }

  @Test
  void thePagesOnlyHeadingReplacesAMetaTitleWithAKicker() {
    HtmlMetadata found =
        read(
            "<meta property=\"og:title\" content=\"Water: Council approves the Velmora dam\">",
            "<h1>Council approves the Velmora dam</h1><p>Text.</p>");
    assertThat(found.title()).contains("Council approves the Velmora dam");
    assertThat(found.statedTitle()).contains("Water: Council approves the Velmora dam");
  }

  @Test
  void theHeadingKeepsItsTypographicQuotes() {
    HtmlMetadata found =
        read(
            "<meta property=\"og:title\" content='\"We will rebuild the pier\"'>",
            "<h1>\u201cWe will rebuild the pier\u201d</h1>");
    assertThat(found.title()).contains("\u201cWe will rebuild the pier\u201d");
  }

  @Test
  void aHeadingThatNamesTheSiteOrAddsAKickerOrIsUnrelatedIsNotTheTitle() {
    String meta = "<meta property=\"og:title\" content=\"Council approves the Velmora dam\">";
    assertThat(read(meta, "<h1>Velmora Courier</h1>").title())
        .contains("Council approves the Velmora dam");
    assertThat(read(meta, "<h1>Water Council approves the Velmora dam</h1>").title())
        .contains("Council approves the Velmora dam");
    assertThat(read(meta, "<h1>Weather and traffic</h1>").title())
        .contains("Council approves the Velmora dam");
    assertThat(read(meta, "<h1>Velmora dam approved</h1><h1>Other</h1>").title())
        .contains("Council approves the Velmora dam");
  }

  @Test
  void aDateWrittenBeforeOrAfterTheNameIsNotPartOfTheByline() {
    assertThat(read("", "<p class=\"byline\">Ilse Marwitz, 3. M\u00e4rz 2021</p>").byline())
        .containsExactly("Ilse Marwitz");
    assertThat(read("", "<p class=\"byline\">12 May 2024, 09:15 \u00b7 von Tarek</p>").byline())
        .containsExactly("Tarek");
  }

  @Test
  void theSiteCreditedAsAuthorGivesWayToAPersonButStaysWhenNoneIsNamed() {
    String meta = "<meta property=\"og:site_name\" content=\"Velmora Courier\">";
    assertThat(
            read(
                    meta + "<meta name=\"author\" content=\"Velmora Courier\">",
                    "<span class=\"author-name\">Jonas Fremmel</span>")
                .byline())
        .containsExactly("Jonas Fremmel");
    assertThat(read(meta + "<meta name=\"author\" content=\"Velmora Courier\">", "").byline())
        .containsExactly("Velmora Courier");
  }
}

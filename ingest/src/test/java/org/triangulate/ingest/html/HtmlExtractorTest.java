package org.triangulate.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Extraction;

class HtmlExtractorTest {
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head>
        <title>Council approves Velmora dam | The Harlow Gazette</title>
        <meta property="og:site_name" content="The Harlow Gazette">
        <meta property="article:published_time" content="2024-05-31T09:04:00+02:00">
        <meta name="author" content="Mira Okonkwo">
        <script>var tracking = "do not read me";</script>
        <style>p { color: red; }</style>
      </head><body>
        <header class="site-header"><a href="/">The Harlow Gazette</a>
          <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather and tides</a></nav>
        </header>
        <div class="cookie-banner"><p>We use cookies to improve your experience on our site. Accept all?</p></div>
        <main>
          <article class="story">
            <h1>Council approves Velmora dam</h1>
            <p class="byline">By Mira Okonkwo</p>
            <div class="story-body">
              <p>The Harlow council approved the Velmora dam on Thursday, ending a debate that has lasted three years.</p>
              <p>Councillors voted nine to four in favour, after a four-hour session that ran late into the evening.</p>
              <h2>What happens next</h2>
              <p>Construction is expected to start in the spring, the council's engineer, Tomas Reyes, said.</p>
              <blockquote>"We have waited long enough for this decision," said Anna Lindqvist, a farmer from Velmora.</blockquote>
              <p>Opponents, who fear for the river's fish, said they would appeal the decision in court.</p>
            </div>
            <div class="related-stories">
              <h3>Related stories</h3>
              <ul>
                <li><a href="/a">Dam protest draws hundreds to the square</a></li>
                <li><a href="/b">River fish numbers fall for a third year</a></li>
              </ul>
            </div>
          </article>
        </main>
        <aside><p>Most read: a list of the stories everyone else read today.</p></aside>
        <footer><p>Copyright 2024 The Harlow Gazette. All rights reserved.</p></footer>
      </body></html>
      """;

  private final HtmlExtractor extractor = new HtmlExtractor();

  private Extraction extract(String html) {
    return extractor.extract(
        html, Optional.of("https://harlow.example/news/dam-vote"), Optional.empty());
  }

  @Test
  void bodyHoldsTheArticleParagraphsSeparatedByOneBlankLine() {
    Extraction found = extract(PAGE);
    assertThat(found.text())
        .isEqualTo(
            """
            The Harlow council approved the Velmora dam on Thursday, ending a debate that has lasted three years.

            Councillors voted nine to four in favour, after a four-hour session that ran late into the evening.

            What happens next

            Construction is expected to start in the spring, the council's engineer, Tomas Reyes, said.

            "We have waited long enough for this decision," said Anna Lindqvist, a farmer from Velmora.

            Opponents, who fear for the river's fish, said they would appeal the decision in court.""");
  }

  @Test
  void navigationCookieBannerAndRelatedLinksAreDroppedAndListed() {
    Extraction found = extract(PAGE);
    assertThat(found.text())
        .doesNotContain("Weather", "cookies", "Dam protest", "Copyright", "Most read", "tracking");
    assertThat(found.removed())
        .anySatisfy(r -> assertThat(r).contains("Weather and tides"))
        .anySatisfy(r -> assertThat(r).contains("We use cookies"))
        .anySatisfy(r -> assertThat(r).contains("Dam protest draws hundreds"))
        .anySatisfy(r -> assertThat(r).contains("All rights reserved"));
    assertThat(found.removed()).noneMatch(r -> r.contains("appeal the decision"));
  }

  @Test
  void removedBlocksAreInDocumentOrder() {
    Extraction found = extract(PAGE);
    int cookie = indexOf(found, "We use cookies");
    int related = indexOf(found, "Dam protest");
    int footer = indexOf(found, "All rights reserved");
    assertThat(cookie).isLessThan(related);
    assertThat(related).isLessThan(footer);
  }

  private static int indexOf(Extraction found, String text) {
    for (int i = 0; i < found.removed().size(); i++) {
      if (found.removed().get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void metadataIsReadFromThePage() {
    Extraction found = extract(PAGE);
    assertThat(found.title()).contains("Council approves Velmora dam");
    assertThat(found.byline()).containsExactly("Mira Okonkwo");
    assertThat(found.published().flatMap(p -> p.instant()))
        .contains(Instant.parse("2024-05-31T07:04:00Z"));
    assertThat(found.outlet()).contains("The Harlow Gazette");
    assertThat(found.url()).contains("https://harlow.example/news/dam-vote");
  }

  @Test
  void titleIsNotRepeatedAsTheFirstParagraph() {
    assertThat(extract(PAGE).text()).doesNotStartWith("Council approves");
  }

  @Test
  void jsonLdGivesHeadlineAuthorsDateAndPublisher() {
    String html =
        """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
         {"@type":"NewsArticle","headline":"Ferry strike ends","datePublished":"2024-03-04",
          "author":[{"@type":"Person","name":"Lena Varga"},{"@type":"Person","name":"Sam Ortiz"}],
          "publisher":{"@type":"Organization","name":"Velmora Post"}}]}
        </script></head><body><div><p>The ferry strike ended on Monday after talks with the port authority.</p></div></body></html>
        """;
    Extraction found = extractor.extract(html, Optional.empty(), Optional.empty());
    assertThat(found.title()).contains("Ferry strike ends");
    assertThat(found.byline()).containsExactly("Lena Varga", "Sam Ortiz");
    assertThat(found.published().map(p -> p.date())).contains(LocalDate.of(2024, 3, 4));
    assertThat(found.outlet()).contains("Velmora Post");
  }

  @Test
  void dateInTheUrlAndHostAsOutletAreTheLastResort() {
    String html =
        "<html><body><p>The library will close for repairs over the summer months.</p></body></html>";
    Extraction found =
        extractor.extract(
            html, Optional.of("https://www.harlow.example/2023/7/9/library"), Optional.empty());
    assertThat(found.published().map(p -> p.date())).contains(LocalDate.of(2023, 7, 9));
    assertThat(found.outlet()).contains("harlow.example");
    assertThat(found.text())
        .isEqualTo("The library will close for repairs over the summer months.");
  }

  @Test
  void siteNameSuffixStaysWhenItDoesNotNameTheSite() {
    assertThat(
            HtmlMetadata.stripSiteName(
                "Council approves dam - Harlow Gazette",
                Optional.of("Harlow Gazette"),
                Optional.empty()))
        .isEqualTo("Council approves dam");
    assertThat(
            HtmlMetadata.stripSiteName(
                "Dam vote - what it means",
                Optional.of("Harlow Gazette"),
                Optional.of("harlow.example")))
        .isEqualTo("Dam vote - what it means");
  }

  @Test
  void textWithBreaksOnlyIsSplitIntoParagraphs() {
    String html =
        "<html><body><div class=\"post\">First paragraph of the notice about the harbour works."
            + "<br><br>Second paragraph about the road closures near the quay.</div></body></html>";
    assertThat(extractor.extract(html, Optional.empty(), Optional.empty()).text())
        .isEqualTo(
            "First paragraph of the notice about the harbour works.\n\n"
                + "Second paragraph about the road closures near the quay.");
  }

  @Test
  void pageWithoutTextGivesAnEmptyBody() {
    assertThat(
            extractor
                .extract(
                    "<html><body><nav><a href=/>Home</a></nav></body></html>",
                    Optional.empty(),
                    Optional.empty())
                .text())
        .isEmpty();
  }

  @Test
  void titleDecoratedWithASectionIsCutToTheHeading() {
    String page =
        "<html><head><title>Pier vote passes - Harbour news | Velmora Post</title></head><body>"
            + "<h1>Pier vote passes</h1><p>The harbour board of Velmora voted on Tuesday to extend"
            + " the northern pier by forty metres, its chair said.</p></body></html>";
    assertThat(extractor.extract(page, Optional.empty(), Optional.empty()).title())
        .contains("Pier vote passes");
  }

  @Test
  void articleSplitOverSiblingBlocksIsFoundWhole() {
    String sentence =
        "The ferry from Velmora to the outer islands will run twice a day from June, the operator"
            + " Ilse Marrow told the harbour board in a long meeting on Tuesday. ";
    StringBuilder page = new StringBuilder("<html><body><nav><a href=/a>Home</a></nav><div>");
    for (int i = 0; i < 6; i++) {
      page.append("<div class=\"block\"><div class=\"block-content\"><p>Part ")
          .append(i)
          .append(". ")
          .append(sentence.repeat(2))
          .append("</p></div></div>");
    }
    page.append("</div><div class=\"comment-list\"><p>")
        .append("A reader wrote at length that the ferry should run every hour instead. ".repeat(8))
        .append("</p></div></body></html>");
    String text = extractor.extract(page.toString(), Optional.empty(), Optional.empty()).text();
    for (int i = 0; i < 6; i++) {
      assertThat(text).contains("Part " + i + ".");
    }
    assertThat(text).doesNotContain("A reader wrote");
  }

  @Test
  void bylineLabelsAreStrippedAndInterfaceWordsAreNotNames() {
    String page =
        "<html><body><span class=\"author\">Share</span>"
            + "<div class=\"byline\">Posted by Tomas Wendel - </div><p>The harbour board of"
            + " Velmora voted on Tuesday to extend the northern pier by forty metres.</p>"
            + "</body></html>";
    assertThat(extractor.extract(page, Optional.empty(), Optional.empty()).byline())
        .containsExactly("Tomas Wendel");
  }

  @Test
  void hiddenCopyOfTheArticleIsDroppedButAHiddenArticleIsKept() {
    String story =
        "<p>The harbour board of Velmora voted on Tuesday to extend the northern pier by forty"
            + " metres, its chair Ilse Marrow said after the meeting.</p>";
    String copy =
        "<html><body><article>"
            + story
            + "</article><div style=\"display: none\" itemscope><div itemprop=\"description\">"
            + story
            + "</div><div itemprop=\"datePublished\">2024-05-31</div></div></body></html>";
    String text = extractor.extract(copy, Optional.empty(), Optional.empty()).text();
    assertThat(text.split("harbour board", -1)).hasSize(2);
    assertThat(text).doesNotContain("2024-05-31");
    String shownByScript = "<html><body><div hidden>" + story + "</div></body></html>";
    assertThat(extractor.extract(shownByScript, Optional.empty(), Optional.empty()).text())
        .contains("northern pier");
  }

  @Test
  void captionsCreditsAndDateLinesAreDroppedAndAnEmbeddedPostIsKept() {
    String page =
        "<html><body><article><div class=\"publish-date\">Published 9:04 AM Nov 19, 2024</div>"
            + "<p>The harbour board of Velmora voted on Tuesday to extend the northern pier by"
            + " forty metres, its chair said, after a debate that ran for three hours.</p><div class=\"photo\"><span class=\"newsCaption\">"
            + "The northern pier at dawn <span class=\"image-credit\">(Image: Harlow Photo)</span>"
            + "</span></div><p>Fishermen welcomed the decision, which they had asked for since the"
            + " storms of last winter, and one of them wrote online:</p>"
            + "<div class=\"social-embed\"><blockquote class=\"post\"><p>Forty metres more pier!"
            + " Finally.</p>- Jon Ekberg (@jonekberg)</blockquote></div><p>Work begins in spring,"
            + " the board said in a statement on Wednesday, and should take two years.</p></article></body></html>";
    String text = extractor.extract(page, Optional.empty(), Optional.empty()).text();
    assertThat(text).doesNotContain("Published", "Image:", "at dawn");
    assertThat(text).contains("Forty metres more pier", "Work begins in spring");
  }

  @Test
  void aHeadingOrLabelLeftAtTheEndIsDroppedButASignatureStays() {
    String story =
        "<p>The harbour board of Velmora voted on Tuesday to extend the northern pier by forty"
            + " metres, its chair Ilse Marrow said after a meeting that ran for three hours.</p>";
    String boxes =
        "<html><body><article>"
            + story
            + "<h3>Further topics</h3><p>Contact:</p></article></body></html>";
    assertThat(extractor.extract(boxes, Optional.empty(), Optional.empty()).text())
        .endsWith("three hours.");
    String signed = "<html><body><article>" + story + "<p>Yours, Ilse</p></article></body></html>";
    assertThat(extractor.extract(signed, Optional.empty(), Optional.empty()).text())
        .endsWith("Yours, Ilse");
  }

  @Test
  void menuWordsWithUmlautsAndShareButtonsAreNotAuthors() {
    String page =
        "<html><body><a rel=\"author\" href=\"/\">Menü</a><span class=\"author\">WhatsApp</span>"
            + "<span class=\"author-name\">Jörg Wendel</span><p>The harbour board of Velmora voted"
            + " on Tuesday to extend the northern pier by forty metres.</p></body></html>";
    assertThat(extractor.extract(page, Optional.empty(), Optional.empty()).byline())
        .containsExactly("Jörg Wendel");
  }

  @Test
  void aBlogPostWrapperWithTagClassesIsKept() {
    String page =
        "<html><body><div class=\"post-12 post type-post hentry category-news tag-harbour"
            + " tag-pier\"><h1>Pier vote</h1><p>The harbour board of Velmora voted on Tuesday to"
            + " extend the northern pier by forty metres, its chair Ilse Marrow said.</p></div>"
            + "<div class=\"comment-list\"><p>"
            + "A reader wrote at length that the pier should be longer still. ".repeat(12)
            + "</p></div></body></html>";
    String text = extractor.extract(page, Optional.empty(), Optional.empty()).text();
    assertThat(text).contains("northern pier").doesNotContain("A reader wrote");
  }

  @Test
  void theLeadInAnArticleHeaderIsKeptWithoutTheHeader() {
    String page =
        "<html><body><article><header><h1>Pier vote</h1><span>By Ilse Marrow</span>"
            + "<p class=\"standfirst\">Velmora's harbour board wants a longer northern pier, and"
            + " the fishermen who asked for it since the winter storms are pleased.</p></header>"
            + "<p>The board voted on Tuesday to extend the northern pier by forty metres, its chair"
            + " said after a meeting that ran for three hours.</p></article></body></html>";
    String text = extractor.extract(page, Optional.empty(), Optional.empty()).text();
    assertThat(text).startsWith("Velmora's harbour board").doesNotContain("By Ilse Marrow");
  }

  @Test
  void aLongAuthorBiographyAndThePostMetadataAreDropped() {
    String page =
        "<html><body><article><p>The harbour board of Velmora voted on Tuesday to extend the"
            + " northern pier by forty metres, its chair Ilse Marrow said.</p>"
            + "<p class=\"postmetadata\">This entry was filed under Harbour on Tuesday.</p>"
            + "<div class=\"author-bio\"><p>"
            + "Tomas Wendel has covered the harbour of Velmora for many years and sails. ".repeat(8)
            + "</p></div></article></body></html>";
    String text = extractor.extract(page, Optional.empty(), Optional.empty()).text();
    assertThat(text).contains("northern pier").doesNotContain("Tomas Wendel", "filed under");
  }

  @Test
  void rubyReadingsAreDroppedAndTheTextIsComposed() {
    String page =
        "<html><body><article><p>The harbour board of Velmora met the mayor of Sendo, <ruby>港"
            + "<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby> in her words, and Jose\u0301 Ekberg on"
            + " Tuesday to talk about the northern pier.</p></article></body></html>";
    String text = extractor.extract(page, Optional.empty(), Optional.empty()).text();
    assertThat(text).contains("Sendo, 港 in her words", "Jos\u00e9 Ekberg").doesNotContain("みなと");
  }

  @Test
  void aLongLeadWrittenAsADivInTheHeaderIsKeptButAShortDeckIsNot() {
    String page =
        "<html><body><article><header><h1>Pier vote</h1><div>A longer pier for Velmora</div>"
            + "<div class=\"head-text\">Velmora's harbour board wants a longer northern pier, and"
            + " the fishermen who asked for it since the winter storms of last year are"
            + " pleased.</div></header><p>The board voted on Tuesday to extend the northern pier by"
            + " forty metres, its chair said after a meeting that ran for three hours.</p>"
            + "</article></body></html>";
    String text = extractor.extract(page, Optional.empty(), Optional.empty()).text();
    assertThat(text).startsWith("Velmora's harbour board").doesNotContain("A longer pier");
  }
}

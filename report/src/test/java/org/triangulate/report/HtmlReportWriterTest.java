package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Report;

class HtmlReportWriterTest {
  private static final String HOSTILE_PREFIX =
      "<script>alert(1)</script> <img src=x onerror=alert(2)> Read http://evil.example/x now. ";

  static String write(Report report) throws IOException {
    StringWriter out = new StringWriter();
    ReportWriter.of(ReportFormat.HTML).write(report, out);
    return out.toString();
  }

  private static Report hostile() {
    return Fixtures.report(
        Fixtures.article(
            "gazette-1",
            "<b onmouseover=alert(3)>Harlow Gazette</b>",
            "<script>alert(1)</script>",
            "javascript:alert(1)",
            PublicationDate.ofDate(LocalDate.of(2031, 3, 3)),
            HOSTILE_PREFIX + Fixtures.GAZETTE_TEXT));
  }

  @Test
  void hostileArticleTextNeverBecomesMarkup() throws IOException {
    String html = write(hostile());
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("<img")
        .doesNotContain("<b onmouseover");
    assertThat(tags(html)).noneMatch(tag -> tag.contains("src=") || tag.contains(" on"));
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("javascript&#58;alert(1)");
  }

  @Test
  void hostileTextInEveryPartOfTheBriefNeverBecomesMarkup() throws IOException {
    String html = write(HostileBriefs.report());
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("<img");
    assertThat(tags(html)).noneMatch(tag -> tag.contains("src=") || tag.contains(" on"));
    for (String part :
        List.of(
            "title",
            "name",
            "alias",
            "speaker",
            "statement",
            "about",
            "actor",
            "question",
            "event",
            "summary",
            "outlet")) {
      assertThat(html)
          .as(part)
          .contains(
              "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x"
                  + " onerror=alert(2)&gt;*[x](javascript&#58;alert(3))*|# "
                  + part);
    }
  }

  /** Every tag of the page: text from articles holds no {@code <}, so each one is the writer's. */
  private static List<String> tags(String html) {
    Matcher tags = Pattern.compile("<[^>]*>").matcher(html);
    List<String> found = new ArrayList<>();
    while (tags.find()) {
      found.add(tags.group().toLowerCase(java.util.Locale.ROOT));
    }
    return found;
  }

  @Test
  void theOnlyAddressesAreSafeArticleLinksAndInPageAnchors() throws IOException {
    String html = write(Fixtures.report());
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("src=");
    assertThat(html).doesNotContainIgnoringCase("@import").doesNotContain("url(");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    List<String> external = new ArrayList<>();
    while (hrefs.find()) {
      if (!hrefs.group(1).startsWith("#")) {
        external.add(hrefs.group(1));
      }
    }
    assertThat(external).containsExactly("https&#58;//gazette.example/orlow-dam");
  }

  @Test
  void aJavascriptAddressIsShownAsTextNotLinked() throws IOException {
    String html = write(hostile());
    assertThat(html).doesNotContain("href=\"javascript").doesNotContain("href=\"java");
    assertThat(html).contains("<span class=\"url\">javascript&#58;alert(1)</span>");
  }

  @Test
  void everyClaimLinkLeadsToAnAnchorInThePage() throws IOException {
    for (Report report : List.of(Fixtures.report(), hostile())) {
      String html = write(report);
      Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
      int count = 0;
      while (links.find()) {
        count++;
        assertThat(html).contains("id=\"" + links.group(1) + "\"");
      }
      assertThat(count).isGreaterThan(5);
    }
  }

  @Test
  void conflictingClaimsAreHighlightedInTheirArticleText() throws IOException {
    String html = write(hostile());
    assertThat(html)
        .contains("class=\"conflict\">The dam lies 40 miles from Harlow.</mark>")
        .contains("class=\"conflict\">The Orlow dam is 90 km from Harlow, engineers said.</mark>");
    Matcher claim =
        Pattern.compile(
                "<span class=\"qty\">40 miles \\(64.37 km\\)</span> <span class=\"by\"><a"
                    + " href=\"#(art0-m\\d+)\"")
            .matcher(html);
    assertThat(claim.find()).isTrue();
    assertThat(html)
        .contains("<mark id=\"" + claim.group(1) + "\" class=\"conflict\">The dam lies");
  }

  @Test
  void theStorysPartsComeInTheOrderAReaderNeedsThem() throws IOException {
    String html = write(Fixtures.report());
    List<String> order =
        List.of(
            "<li><a href=\"#story1\">Orlow dam opening</a> <span class=\"meta\">2031-03-03 to"
                + " 2031-03-04 &middot; 2 articles</span> <span class=\"warning\">&#9888; 1"
                + " conflict</span></li>",
            "id=\"story1-h\"",
            "id=\"story1-conflicts\"",
            "id=\"story1-agreed\"",
            "id=\"story1-quotes\"",
            "id=\"story1-stances\"",
            "id=\"story1-coverage\"",
            "id=\"story1-timeline\"",
            "id=\"story1-single\"",
            "id=\"story1-names\"",
            "id=\"articles\"",
            "id=\"skipped\"");
    for (int i = 1; i < order.size(); i++) {
      assertThat(html.indexOf(order.get(i - 1)))
          .as(order.get(i - 1) + " before " + order.get(i))
          .isPositive()
          .isLessThan(html.indexOf(order.get(i)));
    }
    assertThat(html).contains("Conflicts (1)").contains("What the outlets agree on (1)");
  }

  @Test
  void aStoryWithoutConflictsSaysSo() throws IOException {
    Report report = Fixtures.report();
    var brief = report.stories().get(0);
    var calm =
        new org.triangulate.model.Brief(
            brief.story(),
            brief.entities(),
            brief.quoteGroups(),
            brief.facts(),
            List.of(),
            brief.stances(),
            brief.timeline(),
            brief.summary(),
            brief.coverage());
    String html =
        write(new Report(report.generator(), report.articles(), List.of(calm), report.skipped()));
    assertThat(html).contains("Conflicts (0)").contains("No conflicts found");
  }

  @Test
  void everyAnchorIdIsUniqueAndEveryQuoteLinksToItsHighlight() throws IOException {
    String html = write(Fixtures.report());
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("id %s is unique", ids.group(1)).isTrue();
    }
    Matcher waste =
        Pattern.compile(
                "&ldquo;a waste&rdquo; <span class=\"by\">&mdash; <a href=\"#(art1-m\\d+)\"")
            .matcher(html);
    assertThat(waste.find()).isTrue();
    assertThat(html).contains("<mark id=\"" + waste.group(1) + "\" class=\"quote\">a waste</mark>");
  }

  @Test
  void coverageLinksTheFactsAnOutletAloneReportsToTheirPlaceInTheBrief() throws IOException {
    String html = write(Fixtures.report());
    int coverage = html.indexOf("id=\"story1-coverage\"");
    Matcher only =
        Pattern.compile("<td><ul><li><a href=\"#(story1-f\\d+)\">The dam opens in June</a>")
            .matcher(html);
    assertThat(only.find(coverage)).isTrue();
    assertThat(html).contains("<li id=\"" + only.group(1) + "\">The dam opens in June");
  }

  @Test
  void emptyPartsAreLeftOutNotShownAsEmptyHeadings() throws IOException {
    Report base = Fixtures.report();
    var bare = org.triangulate.model.Brief.of(base.stories().get(0).story());
    String html = write(new Report(base.generator(), base.articles(), List.of(bare), List.of()));
    assertThat(html).contains("Conflicts (0)").contains("No conflicts found");
    assertThat(html).as("the articles' quotes are listed without quote groups").contains("a waste");
    assertThat(html)
        .doesNotContain("story1-agreed")
        .doesNotContain("story1-stances")
        .doesNotContain("story1-coverage")
        .doesNotContain("story1-timeline")
        .doesNotContain("story1-single")
        .doesNotContain("story1-names")
        .doesNotContain("id=\"skipped\"")
        .doesNotContainPattern("<mark id=\"[^\"]+\">")
        .doesNotContainPattern("<mark id=\"[^\"]+\" class=\"conflict\">");
  }

  @Test
  void thePageHasLandmarksAndStylesForNarrowScreensAndPrint() throws IOException {
    String html = write(Fixtures.report());
    assertThat(html)
        .contains("<html lang=\"en\">")
        .contains("<main>")
        .contains("<nav aria-labelledby=\"contents-h\">")
        .contains("<section class=\"story\" id=\"story1\" aria-labelledby=\"story1-h\">")
        .contains("@media print")
        .contains("@media (max-width")
        .contains("name=\"viewport\"");
  }

  @Test
  void thePageIsSelfContainedAndDeterministic() throws IOException {
    String html = write(Fixtures.report());
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html).contains("<style>").doesNotContain("<link").doesNotContain("<script");
    assertThat(html).contains("Content-Security-Policy");
    assertThat(html).isEqualTo(write(Fixtures.report()));
  }

  @Test
  void articlesWithoutMetadataStillRender() throws IOException {
    Article bare = Fixtures.report().articles().get(2).article();
    assertThat(bare.outlet()).isEmpty();
    String html = write(Fixtures.report());
    assertThat(html)
        .contains(
            "<article id=\"art2\" aria-labelledby=\"art2-h\">\n"
                + "<h3 id=\"art2-h\"><span class=\"num\">ledger-3:</span> (untitled)</h3>");
    assertThat(html).contains(Fixtures.LEDGER_TEXT);
  }
}

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

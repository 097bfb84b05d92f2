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
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Quote;
import org.triangulate.model.Report;

class MarkdownReportWriterTest {

  static String write(Report report) throws IOException {
    StringWriter out = new StringWriter();
    ReportWriter.of(ReportFormat.MARKDOWN).write(report, out);
    return out.toString();
  }

  @Test
  void theStorysPartsComeInTheOrderAReaderNeedsThem() throws IOException {
    String md = write(Fixtures.report());
    List<String> order =
        List.of(
            "## Stories\n\n1. [Orlow dam opening](#story1) - 2031-03-03 to 2031-03-04, 2 articles"
                + " - **⚠ 1 conflict**\n",
            "## Story 1: Orlow dam opening",
            "### ⚠ Conflicts (1)",
            "### What the outlets agree on (1)",
            "### Quotes by speaker (2)",
            "### Stances (1)",
            "### Coverage by outlet",
            "### Timeline (1)",
            "### Reported by one outlet only (1)",
            "### Named in this story (2)",
            "## Source articles",
            "## Skipped inputs");
    for (int i = 1; i < order.size(); i++) {
      assertThat(md.indexOf(order.get(i - 1)))
          .as(order.get(i - 1) + " before " + order.get(i))
          .isPositive()
          .isLessThan(md.indexOf(order.get(i)));
    }
  }

  @Test
  void eachConflictingClaimGivesItsValueOutletLinkAndWords() throws IOException {
    String md = write(Fixtures.report());
    assertThat(md)
        .containsPattern(
            "- \\*\\*40 miles \\(64.37 km\\)\\*\\* in \\[Harlow Gazette\\]\\(#art0-m\\d+\\): \"The"
                + " dam lies 40 miles from Harlow.\"")
        .containsPattern("- \\*\\*90 km\\*\\* in \\[River Post\\]\\(#art1-m\\d+\\): \"The Orlow");
  }

  @Test
  void everyLinkLeadsToAnAnchorInTheDocument() throws IOException {
    String md = write(Fixtures.report());
    Matcher links = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(md);
    int count = 0;
    while (links.find()) {
      count++;
      assertThat(md).contains("<a id=\"" + links.group(1) + "\"></a>");
    }
    assertThat(count).isGreaterThan(10);
    Matcher ids = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(md);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("anchor %s is unique", ids.group(1)).isTrue();
    }
  }

  @Test
  void theCitedWordsAreQuotedInTheirParagraphInBoldBehindTheirAnchor() throws IOException {
    String md = write(Fixtures.report());
    Matcher claim =
        Pattern.compile("in \\[Harlow Gazette\\]\\(#(art0-m\\d+)\\): \"The dam lies").matcher(md);
    assertThat(claim.find()).isTrue();
    assertThat(md)
        .contains("> <a id=\"" + claim.group(1) + "\"></a>**The dam lies 40 miles from Harlow.**\n")
        .contains("<a id=\"art0\"></a>\n\n### Harlow Gazette: Orlow dam to open in June");
    assertThat(md).doesNotContain("A short note with nothing to analyse");
  }

  @Test
  void aQuoteRunningOverTwoParagraphsShowsBothInTheSourceArticle() throws IOException {
    Report standard = Fixtures.report();
    AnalyzedArticle gazette = standard.articles().get(0);
    String text = gazette.article().text();
    Quote q = gazette.quotes().get(0);
    int end = text.indexOf("from Harlow.");
    Quote stretched = new Quote(q.id(), q.text(), q.start(), end, true, q.cue(), q.speaker());
    List<AnalyzedArticle> articles = new ArrayList<>(standard.articles());
    articles.set(
        0,
        new AnalyzedArticle(
            gazette.article(),
            gazette.sentences(),
            gazette.entities(),
            List.of(stretched),
            gazette.quantities(),
            gazette.dates()));
    String md =
        write(new Report(standard.generator(), articles, standard.stories(), standard.skipped()));
    String source = md.substring(md.indexOf("### Harlow Gazette"));
    assertThat(source).contains("told reporters on 3 March 2031.**").contains("The dam lies 40");
  }

  @Test
  void quotesAreListedBySpeakerWithTheOutletsThatCarriedThem() throws IOException {
    String md = write(Fixtures.report());
    assertThat(md)
        .containsPattern(
            "\\*\\*Ilse Brandt\\*\\*\n\n- \"We are ready,\" - \\[Harlow Gazette\\]\\(#art0-m\\d+\\),"
                + " \\[River Post\\]\\(#art1-m\\d+\\)\n")
        .containsPattern(
            "- \\*\\*Unattributed:\\*\\* \"a waste\" - \\[River Post\\]\\(#art1-m\\d+\\)");
  }

  @Test
  void headerGivesDatesOutletsAndCounts() throws IOException {
    String md = write(Fixtures.report());
    assertThat(md)
        .contains("**Dates:** 2031-03-03 to 2031-03-04")
        .contains("**Outlets:** [Harlow Gazette](#art0), [River Post](#art1) (2 articles)")
        .contains("**At a glance:** [1 conflict](#story1-conflicts) · [1 agreed fact](#story1")
        .contains("3 articles, 1 story, 1 skipped input")
        .contains("- in/broken.html: not valid UTF-8 at byte 12");
  }

  @Test
  void emptyPartsAreLeftOutNotShownAsEmptyHeadings() throws IOException {
    Report base = Fixtures.report();
    Brief brief = base.stories().get(0);
    Brief bare = Brief.of(brief.story());
    String md = write(new Report(base.generator(), base.articles(), List.of(bare), List.of()));
    assertThat(md).contains("### Conflicts (0)").contains("No conflicts found");
    assertThat(md)
        .doesNotContain("agree on")
        .doesNotContain("### Stances")
        .doesNotContain("### Coverage")
        .doesNotContain("### Timeline")
        .doesNotContain("one outlet only")
        .doesNotContain("Named in this story")
        .doesNotContain("Skipped inputs");
  }

  @Test
  void markdownInArticleTextIsEscaped() throws IOException {
    String text = "# Heading?\n\n1. *not* a [list](javascript:x)\n\n" + Fixtures.GAZETTE_TEXT;
    Report report =
        Fixtures.report(
            Fixtures.article(
                "gazette-1",
                "Gazette | [click](javascript:alert(1))",
                "*Breaking* <b>news</b>",
                "javascript:alert(1)",
                PublicationDate.ofDate(LocalDate.of(2031, 3, 3)),
                text));
    String md = write(report);
    assertThat(md).contains("\\*Breaking\\* \\<b\\>news\\</b\\>");
    assertThat(md).contains("Gazette \\| \\[click\\](javascript:alert(1))");
    assertThat(md).doesNotContain("<javascript").doesNotContain("<b>");
    assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\((?!#)");
    assertThat(md).doesNotContain("\n# Heading").doesNotContain("\n1. *not*");
  }

  @Test
  void hostileTextInEveryPartOfTheBriefStaysText() throws IOException {
    String md = write(HostileBriefs.report());
    String withoutOwnMarkup =
        md.replaceAll("<a id=\"[a-z0-9-]+\"></a>", "").replaceAll("<https://[^>\\s]+>", "");
    assertThat(withoutOwnMarkup).doesNotContainPattern("(?<!\\\\)<");
    assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\((?!#)");
    assertThat(md)
        .contains("\\<script\\>alert(1)\\</script\\>\\<img src=x onerror=alert(2)\\>")
        .contains("## Story 1: \\<script\\>");
  }

  @Test
  void aCitedParagraphThatLooksLikeMarkdownIsQuotedAsText() throws IOException {
    String text = "# Loud *claim* [here](javascript:x) today.\n\n" + Fixtures.GAZETTE_TEXT;
    Report base =
        Fixtures.report(
            Fixtures.article(
                "gazette-1",
                "Harlow Gazette",
                "Orlow",
                null,
                PublicationDate.ofDate(LocalDate.of(2031, 3, 3)),
                text));
    Brief b = base.stories().get(0);
    var loud =
        new org.triangulate.model.Fact(
            "s1#f7",
            "Something loud",
            org.triangulate.model.FactStatus.SINGLE_SOURCE,
            List.of(Fixtures.claim("gazette-1", text, "Loud *claim*", java.util.Optional.empty())));
    List<org.triangulate.model.Fact> facts = new java.util.ArrayList<>(b.facts());
    facts.add(loud);
    Brief changed =
        new Brief(
            b.story(),
            b.entities(),
            b.quoteGroups(),
            facts,
            b.conflicts(),
            b.stances(),
            b.timeline(),
            b.summary(),
            b.coverage());
    String md = write(new Report(base.generator(), base.articles(), List.of(changed), List.of()));
    assertThat(md)
        .contains(
            "\n> \\# <a id=\"art0-m1\"></a>**Loud \\*claim\\*** \\[here\\](javascript:x)"
                + " today.\n");
  }

  @Test
  void twoWritesAreIdentical() throws IOException {
    assertThat(write(Fixtures.report())).isEqualTo(write(Fixtures.report()));
  }
}

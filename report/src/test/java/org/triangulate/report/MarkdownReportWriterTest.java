package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Report;

class MarkdownReportWriterTest {

  static String write(Report report) throws IOException {
    StringWriter out = new StringWriter();
    ReportWriter.of(ReportFormat.MARKDOWN).write(report, out);
    return out.toString();
  }

  @Test
  void theConflictSectionComesBeforeTheFacts() throws IOException {
    String md = write(Fixtures.report());
    int conflicts = md.indexOf("### Conflicts (1)");
    assertThat(conflicts).isPositive();
    assertThat(conflicts).isLessThan(md.indexOf("### Agreed facts (1)"));
    assertThat(md.indexOf("### Agreed facts")).isLessThan(md.indexOf("### Quotes"));
    assertThat(md.indexOf("### Quotes")).isLessThan(md.indexOf("### Stances"));
    assertThat(md.indexOf("### Stances")).isLessThan(md.indexOf("### Coverage by outlet"));
    assertThat(md.indexOf("### Coverage by outlet")).isLessThan(md.indexOf("### Timeline"));
    assertThat(md.indexOf("### Timeline")).isLessThan(md.indexOf("## Articles"));
    assertThat(md.indexOf("## Articles")).isLessThan(md.indexOf("## Skipped inputs"));
  }

  @Test
  void eachConflictingClaimNamesItsOutletAndArticle() throws IOException {
    String md = write(Fixtures.report());
    assertThat(md)
        .contains(
            "- \"The dam lies 40 miles from Harlow.\" - **Harlow Gazette** (gazette-1) - **40"
                + " miles (64.37 km)**")
        .contains("**River Post** (post-2) - **90 km**");
  }

  @Test
  void quotesAreListedBySpeakerWithTheOutletsThatCarriedThem() throws IOException {
    String md = write(Fixtures.report());
    assertThat(md)
        .contains("**Ilse Brandt**\n\n- \"We are ready,\" (Harlow Gazette, River Post)")
        .contains("**Unattributed**\n\n- \"a waste\" (River Post)");
  }

  @Test
  void headerGivesDatesOutletsAndCounts() throws IOException {
    String md = write(Fixtures.report());
    assertThat(md)
        .contains("**Dates:** 2031-03-03 to 2031-03-04")
        .contains("**Outlets:** Harlow Gazette, River Post (2 articles)")
        .contains("3 articles, 1 story, 1 skipped input")
        .contains("- in/broken.html: not valid UTF-8 at byte 12");
  }

  @Test
  void markdownInArticleTextIsEscaped() throws IOException {
    Report report =
        Fixtures.report(
            Fixtures.article(
                "gazette-1",
                "Gazette | [click](javascript:alert(1))",
                "*Breaking* <b>news</b>",
                "javascript:alert(1)",
                PublicationDate.ofDate(LocalDate.of(2031, 3, 3)),
                Fixtures.GAZETTE_TEXT));
    String md = write(report);
    assertThat(md).contains("\\*Breaking\\* \\<b\\>news\\</b\\>");
    assertThat(md).contains("Gazette \\| \\[click\\](javascript:alert(1))");
    assertThat(md).doesNotContain("<javascript").doesNotContainPattern("(?<!\\\\)\\]\\(");
  }

  @Test
  void twoWritesAreIdentical() throws IOException {
    assertThat(write(Fixtures.report())).isEqualTo(write(Fixtures.report()));
  }
}

package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;
import org.triangulate.model.Brief;
import org.triangulate.model.Report;
import org.triangulate.model.Skipped;
import org.triangulate.model.Story;

/**
 * Writes a report as Markdown for people: a brief per story (see {@link MarkdownStory}), then the
 * source articles with the passages the briefs cite (see {@link MarkdownSources}), then the inputs
 * skipped.
 *
 * <p>Stateless and thread-safe; the same report gives the same text, lines ended by {@code "\n"}.
 */
final class MarkdownReportWriter implements ReportWriter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    ReportLookup lookup = new ReportLookup(report);
    ClaimAnchors anchors = ClaimAnchors.of(report, lookup);
    MarkdownStory story = new MarkdownStory(new MarkdownLinks(lookup, anchors));
    StringBuilder text = new StringBuilder(4096);
    text.append("# Triangulate report\n\n");
    text.append(MarkdownText.inline(report.generator())).append(": ");
    text.append(ReportLookup.count(report.articles().size(), "article")).append(", ");
    text.append(ReportLookup.count(report.stories().size(), "story")).append(", ");
    text.append(ReportLookup.count(report.skipped().size(), "skipped input")).append(".\n\n");
    contents(text, report);
    int number = 0;
    for (Brief brief : report.stories()) {
      story.append(text, ++number, brief);
    }
    MarkdownSources.append(text, report, lookup, anchors);
    skipped(text, report);
    out.write(text.toString());
    out.flush();
  }

  /** The story's publication days: {@code 2024-05-30 to 2024-05-31}, one day, or undated. */
  static String dates(Story story) {
    Optional<LocalDate> first = story.first();
    Optional<LocalDate> last = story.last().or(() -> first);
    if (first.isEmpty()) {
      return last.map(LocalDate::toString).orElse("undated");
    }
    if (first.equals(last)) {
      return first.get().toString();
    }
    return first.get() + " to " + last.get();
  }

  private static void contents(StringBuilder text, Report report) {
    if (report.stories().isEmpty()) {
      return;
    }
    text.append("## Stories\n\n");
    int number = 0;
    for (Brief brief : report.stories()) {
      number++;
      text.append(number).append(". [").append(MarkdownText.inline(HtmlReportWriter.title(brief)));
      text.append("](#").append(HtmlStory.anchor(number)).append(") - ");
      text.append(dates(brief.story())).append(", ");
      text.append(ReportLookup.count(brief.story().articles().size(), "article"));
      int conflicts = ReportLookup.disputes(brief);
      if (conflicts > 0) {
        text.append(" - **⚠ ").append(ReportLookup.count(conflicts, "conflict")).append("**");
      }
      text.append('\n');
    }
    text.append('\n');
    if (!report.articles().isEmpty()) {
      text.append("[Source articles](#articles), with the cited passages\n\n");
    }
  }

  private static void skipped(StringBuilder text, Report report) {
    if (report.skipped().isEmpty()) {
      return;
    }
    text.append("## Skipped inputs\n\n");
    for (Skipped skipped : report.skipped()) {
      text.append("- ").append(MarkdownText.inline(skipped.source())).append(": ");
      text.append(MarkdownText.inline(skipped.reason())).append('\n');
    }
    text.append('\n');
  }
}

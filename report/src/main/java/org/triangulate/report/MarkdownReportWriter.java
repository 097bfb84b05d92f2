package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Brief;
import org.triangulate.model.Report;
import org.triangulate.model.Skipped;
import org.triangulate.model.Story;

/**
 * Writes a report as Markdown for people: a brief per story (see {@link MarkdownStory}), then a
 * short list of the articles read, then the inputs skipped.
 *
 * <p>Stateless and thread-safe; the same report gives the same text, lines ended by {@code "\n"}.
 */
final class MarkdownReportWriter implements ReportWriter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    ReportLookup lookup = new ReportLookup(report);
    StringBuilder text = new StringBuilder(4096);
    text.append("# Triangulate report\n\n");
    text.append(MarkdownText.inline(report.generator())).append(": ");
    text.append(ReportLookup.count(report.articles().size(), "article")).append(", ");
    text.append(ReportLookup.count(report.stories().size(), "story")).append(", ");
    text.append(ReportLookup.count(report.skipped().size(), "skipped input")).append(".\n\n");
    int number = 0;
    for (Brief brief : report.stories()) {
      MarkdownStory.append(text, ++number, brief, lookup);
    }
    articles(text, report, lookup);
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

  private static void articles(StringBuilder text, Report report, ReportLookup lookup) {
    if (report.articles().isEmpty()) {
      return;
    }
    text.append("## Articles\n\n");
    for (AnalyzedArticle analyzed : report.articles()) {
      Article article = analyzed.article();
      text.append("- **").append(MarkdownText.inline(article.title().orElse("(untitled)")));
      text.append("** - ").append(MarkdownText.inline(lookup.outlet(article.id())));
      article.published().ifPresent(p -> text.append(", ").append(p));
      text.append(" (").append(MarkdownText.inline(article.id())).append("): ");
      text.append(ReportLookup.count(analyzed.quotes().size(), "quote")).append(", ");
      text.append(ReportLookup.count(analyzed.quantities().size(), "quantity")).append(", ");
      text.append(ReportLookup.count(analyzed.entities().size(), "entity mention"));
      article.url().ifPresent(url -> text.append(" - ").append(MarkdownText.url(url)));
      text.append('\n');
    }
    text.append('\n');
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

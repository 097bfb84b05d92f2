package org.triangulate.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.triangulate.model.Brief;
import org.triangulate.model.Report;
import org.triangulate.model.Skipped;

/**
 * Writes a report as one self-contained HTML page: the story briefs (see {@link HtmlStory}), then
 * every article's full text with its claims highlighted, then the inputs skipped.
 *
 * <p>The page fetches nothing: its style is inline, it has no script, no images and no external
 * references, and its Content-Security-Policy forbids loading anything. Article-derived text is
 * always escaped, and article addresses become links only when they are http(s). Stateless and
 * thread-safe; the same report gives the same page.
 */
final class HtmlReportWriter implements ReportWriter {
  private static final String CSS = loadCss();

  @Override
  public void write(Report report, Writer out) throws IOException {
    StringBuilder page = new StringBuilder(8192);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ");
    page.append("style-src 'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n");
    page.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.append("<title>Triangulate report</title>\n<style>\n").append(CSS).append("</style>\n");
    page.append("</head>\n<body>\n<main>\n<header>\n<h1>Triangulate report</h1>\n");
    page.append("<p class=\"meta\">");
    page.append(HtmlText.escape(report.generator())).append(" &middot; ");
    page.append(ReportLookup.count(report.articles().size(), "article")).append(" &middot; ");
    page.append(ReportLookup.count(report.stories().size(), "story")).append(" &middot; ");
    page.append(ReportLookup.count(report.skipped().size(), "skipped input")).append("</p>\n");
    page.append("</header>\n");
    contents(page, report);
    body(page, report);
    skipped(page, report);
    page.append("</main>\n</body>\n</html>\n");
    out.write(page.toString());
    out.flush();
  }

  /** Appends every story's section, then the articles' texts with their claims highlighted. */
  static void body(StringBuilder page, Report report) {
    ReportLookup lookup = new ReportLookup(report);
    ClaimAnchors anchors = ClaimAnchors.of(report, lookup);
    HtmlStory story = new HtmlStory(lookup, anchors);
    int number = 0;
    for (Brief brief : report.stories()) {
      story.append(page, ++number, brief);
    }
    HtmlArticles.append(page, report, lookup, anchors);
  }

  /** The report page's style sheet. */
  static String css() {
    return CSS;
  }

  /** The story's title, or "(untitled)" when it has none. */
  static String title(Brief brief) {
    String title = brief.story().title();
    return title.isBlank() ? "(untitled)" : title;
  }

  private static void contents(StringBuilder page, Report report) {
    if (report.stories().isEmpty()) {
      return;
    }
    page.append("<nav aria-labelledby=\"contents-h\">\n<h2 id=\"contents-h\">Stories</h2>\n<ol>\n");
    int number = 0;
    for (Brief brief : report.stories()) {
      number++;
      int conflicts = ReportLookup.disputes(brief);
      page.append("<li><a href=\"#").append(HtmlStory.anchor(number)).append("\">");
      page.append(HtmlText.escape(title(brief))).append("</a> <span class=\"meta\">");
      page.append(MarkdownReportWriter.dates(brief.story())).append(" &middot; ");
      page.append(ReportLookup.count(brief.story().articles().size(), "article")).append("</span>");
      if (conflicts > 0) {
        page.append(" <span class=\"warning\">&#9888; ").append(conflicts);
        page.append(conflicts == 1 ? " conflict" : " conflicts").append("</span>");
      }
      page.append("</li>\n");
    }
    page.append("</ol>\n");
    if (!report.articles().isEmpty()) {
      page.append("<p><a href=\"#articles\">Source articles</a>, with the cited text ");
      page.append("highlighted</p>\n");
    }
    page.append("</nav>\n");
  }

  private static void skipped(StringBuilder page, Report report) {
    if (report.skipped().isEmpty()) {
      return;
    }
    page.append("<section id=\"skipped\">\n<h2>Skipped inputs</h2>\n<ul>\n");
    for (Skipped skipped : report.skipped()) {
      page.append("<li><span class=\"url\">").append(HtmlText.escape(skipped.source()));
      page.append("</span>: ").append(HtmlText.escape(skipped.reason())).append("</li>\n");
    }
    page.append("</ul>\n</section>\n");
  }

  private static String loadCss() {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/triangulate/report/report.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report.css", e);
    }
  }
}

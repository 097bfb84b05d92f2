package org.triangulate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Report;

/**
 * Writes the Markdown section of source articles: for each article its outlet, title, date and
 * address, then every paragraph that holds cited text, quoted, with the cited words in bold and an
 * anchor that the story briefs link to. A cited span that runs over several paragraphs shows them
 * all, its anchor at its start.
 *
 * <p>All article text is escaped with {@link MarkdownText}. Stateless and thread-safe.
 */
final class MarkdownSources {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private MarkdownSources() {}

  /** Appends the section, or nothing when the report has no articles. */
  static void append(StringBuilder out, Report report, ReportLookup lookup, ClaimAnchors anchors) {
    if (report.articles().isEmpty()) {
      return;
    }
    out.append(MarkdownLinks.anchor("articles")).append("\n\n## Source articles\n\n");
    out.append("Each article with the passages the stories cite; the cited words are in bold.\n\n");
    for (int i = 0; i < report.articles().size(); i++) {
      AnalyzedArticle analyzed = report.articles().get(i);
      Article article = analyzed.article();
      out.append(MarkdownLinks.anchor(ClaimAnchors.articleAnchor(i))).append("\n\n### ");
      out.append(MarkdownText.inline(lookup.outlet(article.id()))).append(": ");
      out.append(MarkdownText.inline(article.title().orElse("(untitled)"))).append("\n\n");
      article.published().ifPresent(p -> out.append(p).append(" · "));
      if (!article.byline().isEmpty()) {
        out.append("by ").append(MarkdownText.inline(String.join(", ", article.byline())));
        out.append(" · ");
      }
      out.append("id: ").append(MarkdownText.inline(article.id())).append(" · ");
      out.append(ReportLookup.count(analyzed.quotes().size(), "quote")).append(", ");
      out.append(ReportLookup.count(analyzed.quantities().size(), "quantity")).append(", ");
      out.append(ReportLookup.count(analyzed.entities().size(), "entity mention"));
      article.url().ifPresent(url -> out.append(" · ").append(MarkdownText.url(url)));
      out.append("\n\n");
      boolean first = lookup.position(article.id()) == i;
      passages(out, article.text(), first ? anchors.marks(article.id()) : List.of());
    }
  }

  private static void passages(StringBuilder out, String text, List<ClaimAnchors.Mark> marks) {
    if (marks.isEmpty()) {
      return;
    }
    int next = 0;
    for (int[] paragraph : paragraphs(text)) {
      int start = paragraph[0];
      int end = paragraph[1];
      while (next < marks.size() && marks.get(next).end() <= start) {
        next++;
      }
      List<ClaimAnchors.Mark> in = new ArrayList<>();
      for (int k = next; k < marks.size() && marks.get(k).start() < end; k++) {
        in.add(marks.get(k));
      }
      if (in.isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      int cursor = start;
      for (ClaimAnchors.Mark mark : in) {
        int from = Math.max(mark.start(), cursor);
        int to = Math.min(mark.end(), end);
        line.append(MarkdownText.words(text.substring(cursor, from)));
        if (mark.start() >= start) {
          line.append(MarkdownLinks.anchor(mark.id()));
        }
        line.append(bold(text.substring(from, to)));
        cursor = Math.max(cursor, to);
      }
      line.append(MarkdownText.words(text.substring(cursor, end)));
      out.append("> ").append(MarkdownText.lineStart(line.toString().strip())).append("\n\n");
    }
  }

  /** The cited words in bold, with the whitespace around them left outside the markers. */
  private static String bold(String cited) {
    String words = MarkdownText.words(cited);
    String core = words.strip();
    if (core.isEmpty()) {
      return words;
    }
    int lead = words.indexOf(core);
    return words.substring(0, lead) + "**" + core + "**" + words.substring(lead + core.length());
  }

  /** The spans of the text's paragraphs, which blank lines separate; the last runs to the end. */
  private static List<int[]> paragraphs(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (breaks.find()) {
      spans.add(new int[] {start, breaks.start()});
      start = breaks.end();
    }
    spans.add(new int[] {start, text.length()});
    return spans;
  }
}

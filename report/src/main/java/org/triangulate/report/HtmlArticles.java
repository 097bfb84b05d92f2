package org.triangulate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Brief;
import org.triangulate.model.Report;

/**
 * Writes the HTML section that holds every article's full text with the cited spans highlighted:
 * each highlight is a {@code <mark>} whose id the story sections link to, coloured by what it cites
 * (a disputed claim, a claim, a quote), and each article links back to its stories.
 *
 * <p>All article text is escaped. Stateless and thread-safe.
 */
final class HtmlArticles {
  private HtmlArticles() {}

  /** Appends the section, or nothing when the report has no articles. */
  static void append(StringBuilder page, Report report, ReportLookup lookup, ClaimAnchors anchors) {
    if (report.articles().isEmpty()) {
      return;
    }
    Map<String, List<Integer>> stories = storiesOf(report);
    page.append("<section id=\"articles\" aria-labelledby=\"articles-h\">\n");
    page.append("<h2 id=\"articles-h\">Source articles</h2>\n<p class=\"meta legend\">");
    page.append("Text the stories above cite is highlighted: <mark class=\"conflict\">disputed");
    page.append("</mark>, <mark>claim</mark>, <mark class=\"quote\">quote</mark>.</p>\n");
    for (int i = 0; i < report.articles().size(); i++) {
      AnalyzedArticle analyzed = report.articles().get(i);
      Article article = analyzed.article();
      String anchor = ClaimAnchors.articleAnchor(i);
      page.append("<article id=\"").append(anchor).append("\" aria-labelledby=\"");
      page.append(anchor).append("-h\">\n<h3 id=\"").append(anchor).append("-h\">");
      page.append("<span class=\"num\">").append(HtmlText.escape(lookup.outlet(article.id())));
      page.append(":</span> ").append(HtmlText.escape(article.title().orElse("(untitled)")));
      page.append("</h3>\n<p class=\"meta\">");
      page.append(HtmlText.escape(article.outlet().orElse("unknown outlet")));
      article.published().ifPresent(p -> page.append(" &middot; ").append(p));
      if (!article.byline().isEmpty()) {
        page.append(" &middot; by ").append(HtmlText.escape(String.join(", ", article.byline())));
      }
      page.append("<br>\nid: ").append(HtmlText.escape(article.id()));
      page.append(" &middot; source: <span class=\"url\">");
      page.append(HtmlText.escape(article.source())).append("</span>");
      article.url().ifPresent(url -> page.append("<br>\n").append(HtmlText.url(url)));
      List<Integer> in = stories.getOrDefault(article.id(), List.of());
      if (!in.isEmpty()) {
        page.append("<br>\nIn ");
        for (int k = 0; k < in.size(); k++) {
          page.append(k == 0 ? "" : ", ").append("<a href=\"#").append(HtmlStory.anchor(in.get(k)));
          page.append("\">story ").append(in.get(k)).append("</a>");
        }
      }
      page.append("</p>\n<div class=\"text\">");
      // Ids are unique by contract; should one repeat, only its first article carries the marks,
      // so that anchor ids stay unique in the page.
      boolean first = lookup.position(article.id()) == i;
      highlighted(page, article.text(), first ? anchors.marks(article.id()) : List.of());
      page.append("</div>\n</article>\n");
    }
    page.append("</section>\n");
  }

  private static Map<String, List<Integer>> storiesOf(Report report) {
    Map<String, List<Integer>> stories = new LinkedHashMap<>();
    int number = 0;
    for (Brief brief : report.stories()) {
      number++;
      for (String id : brief.story().articles()) {
        List<Integer> in = stories.computeIfAbsent(id, k -> new ArrayList<>());
        if (!in.contains(number)) {
          in.add(number);
        }
      }
    }
    return stories;
  }

  private static void highlighted(StringBuilder page, String text, List<ClaimAnchors.Mark> marks) {
    int cursor = 0;
    for (ClaimAnchors.Mark mark : marks) {
      HtmlText.appendEscaped(page, text, cursor, mark.start());
      page.append("<mark id=\"").append(mark.id()).append('"');
      page.append(
          switch (mark.kind()) {
            case CONFLICT -> " class=\"conflict\">";
            case QUOTE -> " class=\"quote\">";
            case CLAIM -> ">";
          });
      HtmlText.appendEscaped(page, text, mark.start(), mark.end());
      page.append("</mark>");
      cursor = mark.end();
    }
    HtmlText.appendEscaped(page, text, cursor, text.length());
  }
}

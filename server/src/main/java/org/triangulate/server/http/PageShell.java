package org.triangulate.server.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.triangulate.report.HtmlParts;
import org.triangulate.server.corpus.StorySummary;

/**
 * The frame of every page: head with the server's own style sheets, a header with the home link and
 * the search form, and the main content. Also the small pieces pages share. Stateless and
 * thread-safe; every piece of corpus text goes through {@link HtmlParts#escape}.
 */
final class PageShell {
  private PageShell() {}

  /** A whole page titled {@code title} (plain text) around {@code main} (HTML). */
  static String page(String title, String query, String main) {
    StringBuilder page = new StringBuilder(main.length() + 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    page.append("<title>").append(escape(title)).append(" &middot; Triangulate</title>\n");
    page.append("<link rel=\"stylesheet\" href=\"/static/report.css\">\n");
    page.append("<link rel=\"stylesheet\" href=\"/static/app.css\">\n</head>\n<body>\n");
    page.append("<header class=\"site\"><a class=\"home\" href=\"/\">Triangulate</a>\n");
    page.append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">");
    page.append("<input type=\"search\" name=\"q\" id=\"q\" aria-label=\"Search\" value=\"");
    page.append(escape(query)).append("\" placeholder=\"Search stories\">");
    page.append("<button type=\"submit\">Search</button></form>\n</header>\n<main>\n");
    page.append(main);
    page.append("</main>\n</body>\n</html>\n");
    return page.toString();
  }

  /** The page for an error. */
  static String errorPage(int status, String message) {
    return page(
        "Error " + status,
        "",
        "<h1>Error " + status + "</h1>\n<p class=\"error\">" + escape(message) + "</p>\n");
  }

  static String escape(String text) {
    return HtmlParts.escape(text);
  }

  /** {@code value} as one path segment. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A story list line: title link, dates, counts and the conflict marker. */
  static void storyLine(StringBuilder out, StorySummary story) {
    out.append("<li class=\"story-line\"><a class=\"story-link\" href=\"/stories/");
    out.append(escape(segment(story.id()))).append("\">");
    out.append(escape(story.title().isBlank() ? "(untitled)" : story.title())).append("</a>");
    if (story.conflicts() > 0) {
      out.append(" <span class=\"conflict-marker\" title=\"outlets disagree\">&#9888; ");
      out.append(story.conflicts()).append(story.conflicts() == 1 ? " conflict" : " conflicts");
      out.append("</span>");
    }
    out.append("<br><span class=\"meta\">");
    story.last().ifPresent(d -> out.append(d).append(" &middot; "));
    out.append(story.outlets()).append(story.outlets() == 1 ? " outlet" : " outlets");
    out.append(" &middot; ").append(story.articles());
    out.append(story.articles() == 1 ? " article" : " articles").append("</span></li>\n");
  }
}

package org.triangulate.report;

import java.util.Optional;
import org.triangulate.model.Brief;
import org.triangulate.model.Report;

/**
 * The pieces of the HTML report that other front ends (the web server) reuse: escaping of untrusted
 * text, the rule for safe links, the style sheet, and the body that shows stories with every claim
 * linked to its highlight in the article text.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlParts {
  private HtmlParts() {}

  /**
   * {@code text} escaped for HTML element content and quoted attribute values; colons become {@code
   * &#58;} so that no URL scheme appears literally. See {@link HtmlText#escape}.
   */
  public static String escape(String text) {
    return HtmlText.escape(text);
  }

  /** {@code url} when it is an absolute http(s) address that may become a link, else empty. */
  public static Optional<String> safeHref(String url) {
    return HtmlText.safeHref(url);
  }

  /** How many disputes the report shows for a story: its conflicts and its conflicting facts. */
  public static int disputes(Brief brief) {
    return ReportLookup.disputes(brief);
  }

  /** The report's style sheet (CSS text). */
  public static String css() {
    return HtmlReportWriter.css();
  }

  /**
   * The HTML, without page head, of {@code report}'s story sections followed by its articles' texts
   * with every claim highlighted; the claims link to their highlights by fragment ({@code #id}).
   */
  public static String storiesAndSources(Report report) {
    StringBuilder page = new StringBuilder(8192);
    HtmlReportWriter.body(page, report);
    return page.toString();
  }
}

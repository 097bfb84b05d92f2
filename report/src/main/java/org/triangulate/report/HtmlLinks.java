package org.triangulate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.Claim;
import org.triangulate.model.MentionRef;

/**
 * Writes the HTML links from a story's brief to the article texts below it: a cited span links to
 * its highlight, an outlet to its article.
 *
 * <p>Link texts name the outlet, and a fixed {@code title} says where the link goes; no
 * article-derived text is ever put inside a tag. Every article-derived string is escaped. Immutable
 * and thread-safe.
 */
final class HtmlLinks {
  private final ReportLookup lookup;
  private final ClaimAnchors anchors;

  HtmlLinks(ReportLookup lookup, ClaimAnchors anchors) {
    this.lookup = lookup;
    this.anchors = anchors;
  }

  /** The lookup the links name articles with. */
  ReportLookup lookup() {
    return lookup;
  }

  /** The article's outlet, escaped. */
  String outlet(String articleId) {
    return HtmlText.escape(lookup.outlet(articleId));
  }

  /**
   * {@code label} (HTML) as a link to the highlight of {@code article[start, end)}, or plain when
   * the report lacks the article.
   */
  String cite(String article, int start, int end, String label) {
    Optional<String> target = anchors.target(new MentionRef(article, start, end), lookup);
    if (target.isEmpty()) {
      return label;
    }
    return "<a href=\"#"
        + target.get()
        + "\" title=\"Go to the cited text, highlighted in the article\">"
        + label
        + "</a>";
  }

  /** The claim's outlet as a link to the claim's highlighted text. */
  String outletOf(Claim claim) {
    return cite(claim.article(), claim.start(), claim.end(), outlet(claim.article()));
  }

  /** The outlets of {@code claims}, comma-separated, each a link to its highlighted claim. */
  String outletsOf(List<Claim> claims) {
    Map<String, Claim> first = new LinkedHashMap<>();
    claims.forEach(c -> first.putIfAbsent(lookup.outlet(c.article()), c));
    List<String> links = new ArrayList<>();
    first.values().forEach(c -> links.add(outletOf(c)));
    return String.join(", ", links);
  }

  /** The article's outlet as a link to the article's text. */
  String article(String articleId) {
    int position = lookup.position(articleId);
    if (position < 0) {
      return outlet(articleId);
    }
    return "<a href=\"#"
        + ClaimAnchors.articleAnchor(position)
        + "\" title=\"Go to the article\">"
        + outlet(articleId)
        + "</a>";
  }

  /** The distinct outlets of these articles, each a link to its first article's text. */
  String articles(List<String> articleIds) {
    if (articleIds.isEmpty()) {
      return "no article";
    }
    Map<String, String> first = new LinkedHashMap<>();
    articleIds.forEach(id -> first.putIfAbsent(lookup.outlet(id), id));
    List<String> links = new ArrayList<>();
    first.values().forEach(id -> links.add(article(id)));
    return String.join(", ", links);
  }

  /** {@code text} escaped between curly quotation marks. */
  static String quoted(String text) {
    return "&ldquo;" + HtmlText.escape(text) + "&rdquo;";
  }
}

package org.triangulate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.Claim;
import org.triangulate.model.MentionRef;

/**
 * Writes the Markdown links from a story's brief to the source passages below it: a cited span
 * links to its anchor in the quoted passage, an outlet to its article's section.
 *
 * <p>Link texts are escaped outlet names, so they say which article the link opens. Immutable and
 * thread-safe.
 */
final class MarkdownLinks {
  private final ReportLookup lookup;
  private final ClaimAnchors anchors;

  MarkdownLinks(ReportLookup lookup, ClaimAnchors anchors) {
    this.lookup = lookup;
    this.anchors = anchors;
  }

  /** The lookup the links name articles with. */
  ReportLookup lookup() {
    return lookup;
  }

  /** The article's outlet, escaped. */
  String outlet(String articleId) {
    return MarkdownText.inline(lookup.outlet(articleId));
  }

  /** The article's outlet as a link to the cited passage {@code article[start, end)}. */
  String cite(String article, int start, int end) {
    Optional<String> target = anchors.target(new MentionRef(article, start, end), lookup);
    return target.map(t -> "[" + outlet(article) + "](#" + t + ")").orElse(outlet(article));
  }

  /** The outlets of {@code claims}, comma-separated, each a link to its cited passage. */
  String outletsOf(List<Claim> claims) {
    Map<String, Claim> first = new LinkedHashMap<>();
    claims.forEach(c -> first.putIfAbsent(lookup.outlet(c.article()), c));
    List<String> links = new ArrayList<>();
    first.values().forEach(c -> links.add(cite(c.article(), c.start(), c.end())));
    return String.join(", ", links);
  }

  /** The article's outlet as a link to the article's section. */
  String article(String articleId) {
    int position = lookup.position(articleId);
    if (position < 0) {
      return outlet(articleId);
    }
    return "[" + outlet(articleId) + "](#" + ClaimAnchors.articleAnchor(position) + ")";
  }

  /** The distinct outlets of these articles, each a link to its first article's section. */
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

  /** An HTML anchor line for a Markdown part: {@code <a id="story1-agreed"></a>}. */
  static String anchor(String id) {
    return "<a id=\"" + id + "\"></a>";
  }

  /** {@code text} escaped between straight quotation marks. */
  static String quoted(String text) {
    return "\"" + MarkdownText.inline(text) + "\"";
  }
}

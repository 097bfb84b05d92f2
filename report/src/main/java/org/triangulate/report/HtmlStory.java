package org.triangulate.report;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Fact;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.Story;
import org.triangulate.model.SummarySentence;

/**
 * Writes one story's brief as an HTML section, in the order a reader needs it: a header (title,
 * dates, outlets, counts that link to the parts), the conflicts in a red box, the agreed core, then
 * the parts {@link HtmlStoryDetails} writes (quotes by speaker, stances, coverage by outlet,
 * timeline), then the facts only one outlet reports and the names in the story. Every claim links
 * to its highlight in the article texts below; a part with nothing to show is left out.
 *
 * <p>All article-derived text goes through {@link HtmlText#escape}. Immutable and thread-safe.
 */
final class HtmlStory {
  private final HtmlLinks links;
  private final HtmlStoryDetails details;

  HtmlStory(ReportLookup lookup, ClaimAnchors anchors) {
    this.links = new HtmlLinks(lookup, anchors);
    this.details = new HtmlStoryDetails(links);
  }

  /** The anchor id of the story numbered {@code number}. */
  static String anchor(int number) {
    return "story" + number;
  }

  /** Appends the section for {@code brief}'s story, numbered {@code number}. */
  void append(StringBuilder out, int number, Brief brief) {
    StoryLayout layout = StoryLayout.of(number, brief);
    Set<String> factIds = new HashSet<>();
    out.append("<section class=\"story\" id=\"").append(layout.anchor());
    out.append("\" aria-labelledby=\"").append(layout.anchor("h")).append("\">\n");
    StoryQuotes quotes = StoryQuotes.of(brief, links.lookup());
    header(out, layout, quotes);
    conflicts(out, layout);
    agreed(out, layout, factIds);
    details.append(out, layout, quotes);
    single(out, layout, factIds);
    details.entities(out, layout);
    out.append("</section>\n");
  }

  private void header(StringBuilder out, StoryLayout layout, StoryQuotes quotes) {
    Story story = layout.brief().story();
    out.append("<header class=\"story-head\">\n<h2 id=\"").append(layout.anchor("h"));
    out.append("\"><span class=\"num\">Story ").append(layout.number()).append(":</span> ");
    out.append(HtmlText.escape(HtmlReportWriter.title(layout.brief())));
    out.append("</h2>\n<p class=\"meta\"><b>").append(MarkdownReportWriter.dates(story));
    out.append("</b> &middot; ").append(ReportLookup.count(story.articles().size(), "article"));
    out.append(" from ");
    out.append(ReportLookup.count(links.lookup().outlets(story.articles()).size(), "outlet"));
    out.append(": ").append(links.articles(story.articles())).append("</p>\n");
    for (NearDuplicate copy : story.duplicates()) {
      out.append("<p class=\"meta\"><b>Copy:</b> ").append(links.article(copy.article()));
      out.append(" (").append(HtmlText.escape(copy.article())).append(") copies ");
      out.append(links.article(copy.copyOf())).append(" (");
      out.append(HtmlText.escape(copy.copyOf())).append("); they count as one source.</p>\n");
    }
    glance(out, layout, quotes);
    out.append("</header>\n");
  }

  /** The story's parts with their sizes, as links: the reader's map of the story. */
  private static void glance(StringBuilder out, StoryLayout layout, StoryQuotes quotes) {
    out.append("<nav class=\"glance\" aria-label=\"Story ").append(layout.number());
    out.append(" at a glance\">\n<ul>\n");
    int disputes = layout.disputes().size();
    out.append("<li class=\"").append(disputes == 0 ? "calm" : "alarm").append("\"><a href=\"#");
    out.append(layout.anchor("conflicts")).append("\">").append(disputes == 0 ? "" : "&#9888; ");
    out.append(ReportLookup.count(disputes, "conflict")).append("</a></li>\n");
    item(out, layout, "agreed", layout.agreed().size(), "agreed fact");
    Brief brief = layout.brief();
    item(out, layout, "quotes", quotes.speakers().size(), "speaker");
    item(out, layout, "stances", brief.stances().size(), "stance");
    if (!brief.coverage().isEmpty()) {
      out.append("<li><a href=\"#").append(layout.anchor("coverage")).append("\">coverage of ");
      out.append(ReportLookup.count(brief.coverage().size(), "article")).append("</a></li>\n");
    }
    item(out, layout, "timeline", brief.timeline().size(), "dated event");
    item(out, layout, "single", layout.single().size(), "single-source fact");
    out.append("</ul>\n</nav>\n");
  }

  private static void item(StringBuilder out, StoryLayout layout, String part, int n, String noun) {
    if (n > 0) {
      out.append("<li><a href=\"#").append(layout.anchor(part)).append("\">");
      out.append(ReportLookup.count(n, noun)).append("</a></li>\n");
    }
  }

  private void conflicts(StringBuilder out, StoryLayout layout) {
    int count = layout.disputes().size();
    open(out, layout, "conflicts", count == 0 ? "conflicts none" : "conflicts");
    out.append(count == 0 ? "" : "&#9888; ").append("Conflicts (").append(count).append(")</h3>\n");
    if (count == 0) {
      out.append("<p>No conflicts found between the outlets of this story.</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"warning\">The outlets disagree on ").append(count);
    out.append(count == 1 ? " point" : " points").append(". Check these before relying on them.");
    out.append("</p>\n<ol class=\"disputes\">\n");
    for (StoryLayout.Dispute dispute : layout.disputes()) {
      out.append("<li class=\"conflict\">\n<h4>").append(HtmlText.escape(dispute.about()));
      out.append("</h4>\n<ul class=\"claims\">\n");
      for (StoryLayout.SameClaim same : dispute.claims()) {
        out.append("<li>");
        same.value()
            .ifPresent(
                v ->
                    out.append("<span class=\"qty\">")
                        .append(HtmlText.escape(v))
                        .append("</span> "));
        out.append("<span class=\"by\">").append(links.outletsOf(same.claims()));
        out.append(":</span> ").append(HtmlLinks.quoted(same.text())).append("</li>\n");
      }
      out.append("</ul>\n</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private void agreed(StringBuilder out, StoryLayout layout, Set<String> factIds) {
    List<SummarySentence> summary = layout.brief().summary();
    if (layout.agreed().isEmpty() && summary.isEmpty()) {
      return;
    }
    open(out, layout, "agreed", "agreed");
    out.append("What the outlets agree on (").append(layout.agreed().size()).append(")</h3>\n");
    if (!summary.isEmpty()) {
      out.append("<h4>In brief</h4>\n<ul class=\"summary\">\n");
      for (SummarySentence sentence : summary) {
        out.append("<li>").append(HtmlText.escape(sentence.text()));
        out.append(" <span class=\"by\">(").append(links.articles(sentence.articles()));
        out.append(")</span></li>\n");
      }
      out.append("</ul>\n");
    }
    if (!layout.agreed().isEmpty()) {
      out.append(summary.isEmpty() ? "" : "<h4>Agreed facts</h4>\n");
      out.append("<ol class=\"facts\">\n");
      Map<String, String> anchors = layout.factAnchors();
      for (Fact fact : layout.agreed()) {
        factOpen(out, fact, anchors, factIds);
        out.append("<span class=\"statement\">").append(HtmlText.escape(fact.statement()));
        out.append("</span>\n<span class=\"by\">");
        out.append(ReportLookup.count(StoryLayout.articles(fact.claims()).size(), "article"));
        out.append(": ").append(links.outletsOf(fact.claims())).append("</span>\n");
        wordings(out, fact.claims());
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  /** Each outlet's own words for a fact, folded away. */
  private void wordings(StringBuilder out, List<Claim> claims) {
    out.append("<details><summary>Each outlet&#39;s words</summary>\n<ul class=\"claims\">\n");
    for (StoryLayout.SameClaim same : StoryLayout.merge(claims)) {
      out.append("<li>").append(HtmlLinks.quoted(same.text())).append(" &mdash; ");
      out.append(links.outletsOf(same.claims()));
      same.value()
          .ifPresent(
              v ->
                  out.append(" <span class=\"qty\">").append(HtmlText.escape(v)).append("</span>"));
      out.append("</li>\n");
    }
    out.append("</ul>\n</details>\n");
  }

  private void single(StringBuilder out, StoryLayout layout, Set<String> factIds) {
    if (layout.single().isEmpty()) {
      return;
    }
    open(out, layout, "single", "single");
    out.append("Reported by one outlet only (").append(layout.single().size()).append(")</h3>\n");
    out.append("<ul class=\"facts\">\n");
    Map<String, String> anchors = layout.factAnchors();
    for (Fact fact : layout.single()) {
      factOpen(out, fact, anchors, factIds);
      out.append(HtmlText.escape(fact.statement())).append(" <span class=\"by\">&mdash; ");
      out.append(links.outletsOf(fact.claims())).append("</span></li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private static void factOpen(
      StringBuilder out, Fact fact, Map<String, String> anchors, Set<String> written) {
    String anchor = anchors.get(fact.id());
    out.append(anchor != null && written.add(anchor) ? "<li id=\"" + anchor + "\">" : "<li>");
  }

  /** Opens a part's section and its heading, leaving the heading's text to the caller. */
  static void open(StringBuilder out, StoryLayout layout, String part, String cssClass) {
    out.append("<section class=\"").append(cssClass).append("\" id=\"");
    out.append(layout.anchor(part)).append("\" aria-labelledby=\"");
    out.append(layout.anchor(part + "-h")).append("\">\n<h3 id=\"");
    out.append(layout.anchor(part + "-h")).append("\">");
  }
}

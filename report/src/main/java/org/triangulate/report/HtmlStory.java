package org.triangulate.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.Coverage;
import org.triangulate.model.Evidence;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.Stance;
import org.triangulate.model.Story;
import org.triangulate.model.SummarySentence;
import org.triangulate.model.TimelineEvent;

/**
 * Writes one story's brief as an HTML section: heading, dates and outlets, then a boxed conflicts
 * section, summary, agreed facts, single-source facts, quotes by speaker, stances, coverage per
 * outlet and timeline. Every claim links to its highlight in the article text further down.
 *
 * <p>All article-derived text goes through {@link HtmlText#escape}. Immutable and thread-safe.
 */
final class HtmlStory {
  private final ReportLookup lookup;
  private final ClaimAnchors anchors;

  HtmlStory(ReportLookup lookup, ClaimAnchors anchors) {
    this.lookup = lookup;
    this.anchors = anchors;
  }

  /** The anchor id of the story numbered {@code number}. */
  static String anchor(int number) {
    return "story" + number;
  }

  /** Appends the section for {@code brief}'s story, numbered {@code number}. */
  void append(StringBuilder out, int number, Brief brief) {
    Story story = brief.story();
    out.append("<section class=\"story\" id=\"").append(anchor(number)).append("\">\n");
    out.append("<h2>Story ").append(number).append(": ");
    out.append(HtmlText.escape(story.title().isBlank() ? "(untitled)" : story.title()));
    out.append("</h2>\n<p class=\"meta\"><b>Dates:</b> ");
    out.append(MarkdownReportWriter.dates(story)).append(" &middot; <b>Outlets:</b> ");
    out.append(outlets(story.articles())).append(" (");
    out.append(ReportLookup.count(story.articles().size(), "article")).append(")</p>\n");
    for (NearDuplicate copy : story.duplicates()) {
      out.append("<p class=\"meta\"><b>Copy:</b> ")
          .append(outlets(List.of(copy.article())))
          .append(" (")
          .append(HtmlText.escape(copy.article()))
          .append(") copies ")
          .append(outlets(List.of(copy.copyOf())))
          .append(" (")
          .append(HtmlText.escape(copy.copyOf()))
          .append("); they count as one source.</p>\n");
    }
    conflicts(out, brief);
    summary(out, brief.summary());
    facts(out, "Agreed facts", FactStatus.CORROBORATED, brief.facts());
    facts(out, "Reported by one outlet only", FactStatus.SINGLE_SOURCE, brief.facts());
    quotes(out, StoryQuotes.of(brief, lookup));
    stances(out, brief.stances());
    coverage(out, brief);
    timeline(out, brief.timeline());
    out.append("</section>\n");
  }

  private void conflicts(StringBuilder out, Brief brief) {
    List<Fact> disputed = ReportLookup.disputedFacts(brief);
    int count = ReportLookup.disputes(brief);
    out.append("<section class=\"conflicts").append(count == 0 ? " none" : "").append("\">\n");
    out.append("<h3>").append(count == 0 ? "" : "&#9888; ");
    out.append("Conflicts (").append(count).append(")</h3>\n");
    if (count == 0) {
      out.append("<p>No conflicts found between the outlets of this story.</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"warning\">The outlets disagree on ").append(count);
    out.append(count == 1 ? " point" : " points").append(". Check these before relying on them.");
    out.append("</p>\n");
    int n = 0;
    for (Conflict conflict : brief.conflicts()) {
      disputeHeading(out, ++n, conflict.about());
      claims(out, conflict.claims());
      out.append("</div>\n");
    }
    for (Fact fact : disputed) {
      disputeHeading(out, ++n, fact.statement());
      claims(out, fact.claims());
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  private static void disputeHeading(StringBuilder out, int n, String about) {
    out.append("<div class=\"conflict\">\n<h4>").append(n).append(". ");
    out.append(HtmlText.escape(about)).append("</h4>\n");
  }

  private void claims(StringBuilder out, List<Claim> claims) {
    out.append("<ul class=\"claims\">\n");
    for (Claim claim : claims) {
      out.append("<li>");
      String text = "&ldquo;" + HtmlText.escape(claim.text()) + "&rdquo;";
      var target = anchors.target(claim, lookup);
      if (target.isPresent()) {
        out.append("<a href=\"#").append(target.get()).append("\">").append(text).append("</a>");
      } else {
        out.append(text);
      }
      out.append(" &mdash; ").append(source(claim.article()));
      claim
          .quantity()
          .ifPresent(
              q ->
                  out.append(" <span class=\"qty\">")
                      .append(HtmlText.escape(ReportLookup.describe(q)))
                      .append("</span>"));
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private void summary(StringBuilder out, List<SummarySentence> summary) {
    if (summary.isEmpty()) {
      return;
    }
    out.append("<h3>Summary</h3>\n<ul>\n");
    for (SummarySentence sentence : summary) {
      out.append("<li>").append(HtmlText.escape(sentence.text()));
      out.append(" <span class=\"src\">(").append(outlets(sentence.articles()));
      out.append(")</span></li>\n");
    }
    out.append("</ul>\n");
  }

  private void facts(StringBuilder out, String heading, FactStatus status, List<Fact> facts) {
    List<Fact> chosen = facts.stream().filter(f -> f.status() == status).toList();
    if (chosen.isEmpty()) {
      return;
    }
    out.append("<h3>").append(heading).append(" (").append(chosen.size()).append(")</h3>\n<ul>\n");
    for (Fact fact : chosen) {
      List<String> articles = fact.claims().stream().map(Claim::article).distinct().toList();
      out.append("<li>").append(HtmlText.escape(fact.statement()));
      out.append(" <span class=\"src\">(").append(outlets(articles)).append(")</span>\n");
      claims(out, fact.claims());
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private void quotes(StringBuilder out, StoryQuotes quotes) {
    if (quotes.speakers().isEmpty()) {
      return;
    }
    out.append("<h3>Quotes</h3>\n");
    for (StoryQuotes.SpeakerQuotes speaker : quotes.speakers()) {
      out.append("<h4>").append(HtmlText.escape(speaker.speaker())).append("</h4>\n<ul>\n");
      for (StoryQuotes.Statement statement : speaker.statements()) {
        boolean direct = statement.quote().direct();
        out.append("<li>").append(direct ? "&ldquo;" : "");
        out.append(HtmlText.escape(statement.quote().text())).append(direct ? "&rdquo;" : "");
        out.append(" <span class=\"src\">(").append(outlets(statement.articles()));
        out.append(")</span></li>\n");
      }
      out.append("</ul>\n");
    }
  }

  private void stances(StringBuilder out, List<Stance> stances) {
    if (stances.isEmpty()) {
      return;
    }
    out.append("<h3>Stances</h3>\n<ul>\n");
    for (Stance stance : stances) {
      String label = stance.stance().label();
      out.append("<li><b>").append(HtmlText.escape(stance.actor())).append("</b> ");
      out.append("<span class=\"stance ").append(label).append("\">");
      out.append(MarkdownStory.verb(stance.stance()))
          .append("</span> ")
          .append(HtmlText.escape(stance.proposition()))
          .append("\n<ul>\n");
      for (Evidence evidence : stance.evidence()) {
        out.append("<li>&ldquo;").append(HtmlText.escape(evidence.text())).append("&rdquo; ");
        out.append("&mdash; ").append(source(evidence.article())).append("</li>\n");
      }
      out.append("</ul></li>\n");
    }
    out.append("</ul>\n");
  }

  private void coverage(StringBuilder out, Brief brief) {
    if (brief.coverage().isEmpty()) {
      return;
    }
    Map<String, String> statements = new HashMap<>();
    brief.facts().forEach(f -> statements.put(f.id(), f.statement()));
    out.append("<h3>Coverage by outlet</h3>\n<table>\n<tr><th>Outlet</th><th>Article</th>");
    out.append("<th>Facts only here</th><th>Agreed facts left out</th></tr>\n");
    for (Coverage row : brief.coverage()) {
      String outlet = row.outlet().orElseGet(() -> lookup.outlet(row.article()));
      out.append("<tr><td>").append(HtmlText.escape(outlet)).append("</td><td>");
      out.append(articleLink(row.article())).append("</td><td>");
      out.append(factList(row.unique(), statements)).append("</td><td>");
      out.append(factList(row.omitted(), statements)).append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static String factList(List<String> ids, Map<String, String> statements) {
    if (ids.isEmpty()) {
      return "none";
    }
    return ids.stream()
        .map(id -> HtmlText.escape(statements.getOrDefault(id, id)))
        .collect(Collectors.joining("<br>\n", ids.size() + ": ", ""));
  }

  private void timeline(StringBuilder out, List<TimelineEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    out.append("<h3>Timeline</h3>\n<ul>\n");
    for (TimelineEvent event : events) {
      out.append("<li><time>").append(event.date()).append("</time> ");
      out.append(HtmlText.escape(event.text())).append(" <span class=\"src\">(");
      out.append(outlets(event.articles())).append(")</span></li>\n");
    }
    out.append("</ul>\n");
  }

  private String source(String articleId) {
    return "<b>"
        + HtmlText.escape(lookup.outlet(articleId))
        + "</b> ("
        + articleLink(articleId)
        + ")";
  }

  private String articleLink(String articleId) {
    int position = lookup.position(articleId);
    String id = HtmlText.escape(articleId);
    if (position < 0) {
      return id;
    }
    return "<a href=\"#" + ClaimAnchors.articleAnchor(position) + "\">" + id + "</a>";
  }

  private String outlets(List<String> articles) {
    if (articles.isEmpty()) {
      return "no article";
    }
    return lookup.outlets(articles).stream()
        .map(HtmlText::escape)
        .collect(Collectors.joining(", "));
  }
}

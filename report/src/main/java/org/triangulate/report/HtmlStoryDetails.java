package org.triangulate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.model.Coverage;
import org.triangulate.model.Evidence;
import org.triangulate.model.Stance;
import org.triangulate.model.StoryEntity;
import org.triangulate.model.TimelineEvent;

/**
 * Writes the middle and last parts of a story's HTML section: quotes by speaker (each statement
 * with the outlets that carried it and its other wordings), stances by question, coverage by
 * outlet, timeline, and the names in the story. A part with nothing to show is left out.
 *
 * <p>All article-derived text goes through {@link HtmlText#escape}. Immutable and thread-safe.
 */
final class HtmlStoryDetails {
  private final HtmlLinks links;

  HtmlStoryDetails(HtmlLinks links) {
    this.links = links;
  }

  /** Appends the quotes, stances, coverage and timeline parts. */
  void append(StringBuilder out, StoryLayout layout, StoryQuotes quotes) {
    quotes(out, layout, quotes);
    stances(out, layout);
    coverage(out, layout);
    timeline(out, layout);
  }

  private void quotes(StringBuilder out, StoryLayout layout, StoryQuotes quotes) {
    if (quotes.speakers().isEmpty()) {
      return;
    }
    HtmlStory.open(out, layout, "quotes", "quotes");
    out.append("Quotes by speaker (").append(quotes.speakers().size()).append(")</h3>\n");
    List<StoryQuotes.SpeakerQuotes> others = new ArrayList<>();
    for (StoryQuotes.SpeakerQuotes speaker : quotes.speakers()) {
      if (speaker.statements().size() == 1 && speaker.reach() == 1) {
        others.add(speaker);
        continue;
      }
      out.append("<h4>").append(HtmlText.escape(speaker.speaker())).append("</h4>\n<ul>\n");
      for (StoryQuotes.Statement statement : speaker.statements()) {
        out.append("<li>");
        statement(out, statement);
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (!others.isEmpty()) {
      out.append(others.size() == quotes.speakers().size() ? "" : "<h4>Others, once each</h4>\n");
      out.append("<ul>\n");
      for (StoryQuotes.SpeakerQuotes speaker : others) {
        out.append("<li><b>").append(HtmlText.escape(speaker.speaker())).append(":</b> ");
        statement(out, speaker.statements().get(0));
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void statement(StringBuilder out, StoryQuotes.Statement statement) {
    List<StoryQuotes.Wording> wordings = statement.wordings();
    wording(out, wordings.get(0));
    if (wordings.size() > 1) {
      out.append("\n<ul class=\"variants\" aria-label=\"Other wordings\">\n");
      for (StoryQuotes.Wording other : wordings.subList(1, wordings.size())) {
        out.append("<li><span class=\"label\">Also worded:</span> ");
        wording(out, other);
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
  }

  private void wording(StringBuilder out, StoryQuotes.Wording wording) {
    boolean direct = wording.quote().direct();
    out.append(
        direct
            ? HtmlLinks.quoted(wording.quote().text())
            : "<span class=\"reported\">" + HtmlText.escape(wording.quote().text()) + "</span>");
    Map<String, StoryQuotes.Carrier> byOutlet = new LinkedHashMap<>();
    wording.carriers().forEach(c -> byOutlet.putIfAbsent(links.outlet(c.article()), c));
    List<String> cites = new ArrayList<>();
    for (StoryQuotes.Carrier c : byOutlet.values()) {
      cites.add(
          links.cite(c.article(), c.quote().start(), c.quote().end(), links.outlet(c.article())));
    }
    out.append(" <span class=\"by\">&mdash; ").append(String.join(", ", cites)).append("</span>");
  }

  private void stances(StringBuilder out, StoryLayout layout) {
    if (layout.questions().isEmpty()) {
      return;
    }
    HtmlStory.open(out, layout, "stances", "stances");
    out.append("Stances (").append(layout.brief().stances().size()).append(")</h3>\n");
    for (Map.Entry<String, List<Stance>> question : layout.questions().entrySet()) {
      out.append("<p class=\"question\"><b>Question:</b> ");
      out.append(HtmlText.escape(question.getKey())).append("</p>\n<ul>\n");
      for (Stance stance : question.getValue()) {
        String label = stance.stance().label();
        out.append("<li><b>").append(HtmlText.escape(stance.actor())).append("</b> ");
        out.append("<span class=\"stance ").append(label).append("\">");
        out.append(StoryLayout.position(stance.stance())).append("</span>");
        if (!stance.evidence().isEmpty()) {
          out.append("\n<ul class=\"claims\">\n");
          for (Evidence e : stance.evidence()) {
            out.append("<li>").append(HtmlLinks.quoted(e.text()));
            out.append(" <span class=\"by\">&mdash; ");
            out.append(links.cite(e.article(), e.start(), e.end(), links.outlet(e.article())));
            out.append("</span></li>\n");
          }
          out.append("</ul>\n");
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void coverage(StringBuilder out, StoryLayout layout) {
    List<Coverage> rows = layout.brief().coverage();
    if (rows.isEmpty()) {
      return;
    }
    Map<String, String> anchors = layout.factAnchors();
    Map<String, String> statements = layout.statements();
    HtmlStory.open(out, layout, "coverage", "coverage");
    out.append("Coverage by outlet</h3>\n<div class=\"wide\">\n<table>\n<thead><tr>");
    out.append("<th scope=\"col\">Outlet</th><th scope=\"col\">Facts only it reports</th>");
    out.append("<th scope=\"col\">Agreed facts it leaves out</th></tr></thead>\n<tbody>\n");
    for (Coverage row : rows) {
      String outlet = row.outlet().orElseGet(() -> links.lookup().outlet(row.article()));
      out.append("<tr><th scope=\"row\">").append(links.article(row.article()));
      if (!outlet.equals(links.lookup().outlet(row.article()))) {
        out.append(" (").append(HtmlText.escape(outlet)).append(')');
      }
      out.append("<br><span class=\"id\">").append(HtmlText.escape(row.article()));
      out.append("</span></th>\n<td>").append(facts(row.unique(), anchors, statements));
      out.append("</td>\n<td>").append(facts(row.omitted(), anchors, statements));
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static String facts(
      List<String> ids, Map<String, String> anchors, Map<String, String> statements) {
    if (ids.isEmpty()) {
      return "none";
    }
    StringBuilder list = new StringBuilder("<ul>");
    for (String id : ids) {
      String shown = HtmlText.escape(StoryLayout.shortened(statements.getOrDefault(id, id)));
      String anchor = anchors.get(id);
      list.append("<li>");
      list.append(anchor == null ? shown : "<a href=\"#" + anchor + "\">" + shown + "</a>");
      list.append("</li>");
    }
    return list.append("</ul>").toString();
  }

  private void timeline(StringBuilder out, StoryLayout layout) {
    List<TimelineEvent> events = layout.brief().timeline();
    if (events.isEmpty()) {
      return;
    }
    HtmlStory.open(out, layout, "timeline", "timeline");
    out.append("Timeline (").append(events.size()).append(")</h3>\n<ol class=\"timeline\">\n");
    for (TimelineEvent event : events) {
      out.append("<li><time datetime=\"").append(event.date()).append("\">");
      out.append(event.date()).append("</time> ").append(HtmlText.escape(event.text()));
      out.append(" <span class=\"by\">(").append(links.articles(event.articles()));
      out.append(")</span></li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  /** Appends the people, bodies and places the story names, when it names any. */
  void entities(StringBuilder out, StoryLayout layout) {
    List<StoryEntity> entities = layout.brief().entities();
    if (entities.isEmpty()) {
      return;
    }
    HtmlStory.open(out, layout, "names", "names");
    out.append("Named in this story (").append(entities.size()).append(")</h3>\n");
    out.append("<ul class=\"entities\">\n");
    for (StoryEntity entity : entities) {
      out.append("<li><b>")
          .append(HtmlText.escape(entity.name()))
          .append("</b> <span class=\"by\">");
      out.append(entity.type().name().toLowerCase(Locale.ROOT)).append(", ");
      out.append(ReportLookup.count(entity.articles().size(), "article"));
      if (!entity.aliases().isEmpty()) {
        out.append("; also ").append(HtmlText.escape(String.join(", ", entity.aliases())));
      }
      out.append("</span></li>\n");
    }
    out.append("</ul>\n</section>\n");
  }
}

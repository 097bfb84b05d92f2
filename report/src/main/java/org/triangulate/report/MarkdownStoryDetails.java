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
 * Writes the middle and last parts of a story's Markdown brief: quotes by speaker (each statement
 * with the outlets that carried it and its other wordings), stances by question, coverage by
 * outlet, timeline, and the names in the story. A part with nothing to show is left out.
 *
 * <p>All text from articles is escaped with {@link MarkdownText}. Immutable and thread-safe.
 */
final class MarkdownStoryDetails {
  private final MarkdownLinks links;

  MarkdownStoryDetails(MarkdownLinks links) {
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
    heading(out, layout, "quotes", "Quotes by speaker (" + quotes.speakers().size() + ")");
    List<StoryQuotes.SpeakerQuotes> others = new ArrayList<>();
    for (StoryQuotes.SpeakerQuotes speaker : quotes.speakers()) {
      if (speaker.statements().size() == 1 && speaker.reach() == 1) {
        others.add(speaker);
        continue;
      }
      out.append("**").append(MarkdownText.inline(speaker.speaker())).append("**\n\n");
      for (StoryQuotes.Statement statement : speaker.statements()) {
        out.append("- ");
        statement(out, statement);
      }
      out.append('\n');
    }
    if (!others.isEmpty()) {
      out.append(others.size() == quotes.speakers().size() ? "" : "**Others, once each**\n\n");
      for (StoryQuotes.SpeakerQuotes speaker : others) {
        out.append("- **").append(MarkdownText.inline(speaker.speaker())).append(":** ");
        statement(out, speaker.statements().get(0));
      }
      out.append('\n');
    }
  }

  private void statement(StringBuilder out, StoryQuotes.Statement statement) {
    List<StoryQuotes.Wording> wordings = statement.wordings();
    wording(out, wordings.get(0));
    for (StoryQuotes.Wording other : wordings.subList(1, wordings.size())) {
      out.append("  - Also worded: ");
      wording(out, other);
    }
  }

  private void wording(StringBuilder out, StoryQuotes.Wording wording) {
    String text = wording.quote().text();
    out.append(wording.quote().direct() ? MarkdownLinks.quoted(text) : MarkdownText.inline(text));
    Map<String, StoryQuotes.Carrier> byOutlet = new LinkedHashMap<>();
    wording.carriers().forEach(c -> byOutlet.putIfAbsent(links.outlet(c.article()), c));
    List<String> cites = new ArrayList<>();
    for (StoryQuotes.Carrier c : byOutlet.values()) {
      cites.add(links.cite(c.article(), c.quote().start(), c.quote().end()));
    }
    out.append(" - ").append(String.join(", ", cites)).append('\n');
  }

  private void stances(StringBuilder out, StoryLayout layout) {
    if (layout.questions().isEmpty()) {
      return;
    }
    heading(out, layout, "stances", "Stances (" + layout.brief().stances().size() + ")");
    for (Map.Entry<String, List<Stance>> question : layout.questions().entrySet()) {
      out.append("**Question:** ").append(MarkdownText.inline(question.getKey())).append("\n\n");
      for (Stance stance : question.getValue()) {
        out.append("- **").append(MarkdownText.inline(stance.actor())).append("** ");
        out.append(StoryLayout.position(stance.stance())).append('\n');
        for (Evidence e : stance.evidence()) {
          out.append("  - ").append(MarkdownLinks.quoted(e.text())).append(" - ");
          out.append(links.cite(e.article(), e.start(), e.end())).append('\n');
        }
      }
      out.append('\n');
    }
  }

  private void coverage(StringBuilder out, StoryLayout layout) {
    List<Coverage> rows = layout.brief().coverage();
    if (rows.isEmpty()) {
      return;
    }
    Map<String, String> anchors = layout.factAnchors();
    Map<String, String> statements = layout.statements();
    heading(out, layout, "coverage", "Coverage by outlet");
    for (Coverage row : rows) {
      String outlet = row.outlet().orElseGet(() -> links.lookup().outlet(row.article()));
      out.append("- **").append(links.article(row.article())).append("**");
      if (!outlet.equals(links.lookup().outlet(row.article()))) {
        out.append(" (").append(MarkdownText.inline(outlet)).append(')');
      }
      out.append(" (").append(MarkdownText.inline(row.article())).append(")\n");
      facts(out, "Only it reports", row.unique(), anchors, statements);
      facts(out, "Agreed facts it leaves out", row.omitted(), anchors, statements);
    }
    out.append('\n');
  }

  private static void facts(
      StringBuilder out,
      String label,
      List<String> ids,
      Map<String, String> anchors,
      Map<String, String> statements) {
    out.append("  - ").append(label).append(": ").append(ids.isEmpty() ? "none" : ids.size());
    out.append('\n');
    for (String id : ids) {
      String shown = MarkdownText.inline(StoryLayout.shortened(statements.getOrDefault(id, id)));
      String anchor = anchors.get(id);
      out.append("    - ").append(anchor == null ? shown : "[" + shown + "](#" + anchor + ")");
      out.append('\n');
    }
  }

  private void timeline(StringBuilder out, StoryLayout layout) {
    List<TimelineEvent> events = layout.brief().timeline();
    if (events.isEmpty()) {
      return;
    }
    heading(out, layout, "timeline", "Timeline (" + events.size() + ")");
    for (TimelineEvent event : events) {
      out.append("- **").append(event.date()).append("** ");
      out.append(MarkdownText.inline(event.text()));
      out.append(" (").append(links.articles(event.articles())).append(")\n");
    }
    out.append('\n');
  }

  /** Appends the people, bodies and places the story names, when it names any. */
  void entities(StringBuilder out, StoryLayout layout) {
    List<StoryEntity> entities = layout.brief().entities();
    if (entities.isEmpty()) {
      return;
    }
    heading(out, layout, "names", "Named in this story (" + entities.size() + ")");
    for (StoryEntity entity : entities) {
      out.append("- **").append(MarkdownText.inline(entity.name())).append("** (");
      out.append(entity.type().name().toLowerCase(Locale.ROOT)).append(", ");
      out.append(ReportLookup.count(entity.articles().size(), "article"));
      if (!entity.aliases().isEmpty()) {
        out.append("; also ").append(MarkdownText.inline(String.join(", ", entity.aliases())));
      }
      out.append(")\n");
    }
    out.append('\n');
  }

  private static void heading(StringBuilder out, StoryLayout layout, String part, String text) {
    out.append(MarkdownLinks.anchor(layout.anchor(part))).append("\n\n");
    out.append("### ").append(text).append("\n\n");
  }
}

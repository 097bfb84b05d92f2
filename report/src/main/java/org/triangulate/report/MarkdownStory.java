package org.triangulate.report;

import java.util.List;
import java.util.stream.Collectors;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.Coverage;
import org.triangulate.model.Evidence;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.Quantity;
import org.triangulate.model.Stance;
import org.triangulate.model.StanceKind;
import org.triangulate.model.Story;
import org.triangulate.model.SummarySentence;
import org.triangulate.model.TimelineEvent;

/**
 * Writes one story's brief as Markdown: heading, dates and outlets, then conflicts, summary, agreed
 * facts, single-source facts, quotes by speaker, stances, coverage per outlet and timeline.
 *
 * <p>Conflicts come first and are always present, saying "none found" when there are none. All text
 * from articles is escaped with {@link MarkdownText}. Stateless and thread-safe.
 */
final class MarkdownStory {
  private MarkdownStory() {}

  /** Appends the brief of {@code brief}'s story, numbered {@code number}, to {@code out}. */
  static void append(StringBuilder out, int number, Brief brief, ReportLookup lookup) {
    Story story = brief.story();
    out.append("## Story ").append(number).append(": ");
    out.append(MarkdownText.inline(story.title().isBlank() ? "(untitled)" : story.title()));
    out.append("\n\n");
    out.append("**Dates:** ").append(MarkdownReportWriter.dates(story)).append("  \n");
    out.append("**Outlets:** ").append(outlets(lookup, story.articles()));
    out.append(" (").append(ReportLookup.count(story.articles().size(), "article")).append(")\n\n");
    for (NearDuplicate copy : story.duplicates()) {
      out.append("**Copy:** ")
          .append(outlets(lookup, List.of(copy.article())))
          .append(" (")
          .append(MarkdownText.inline(copy.article()))
          .append(") copies ")
          .append(outlets(lookup, List.of(copy.copyOf())))
          .append(" (")
          .append(MarkdownText.inline(copy.copyOf()))
          .append("); they count as one source.\n\n");
    }
    conflicts(out, brief, lookup);
    summary(out, brief.summary(), lookup);
    facts(out, "Agreed facts", FactStatus.CORROBORATED, brief.facts(), lookup);
    facts(out, "Reported by one outlet only", FactStatus.SINGLE_SOURCE, brief.facts(), lookup);
    quotes(out, StoryQuotes.of(brief, lookup), lookup);
    stances(out, brief.stances(), lookup);
    coverage(out, brief.coverage(), lookup);
    timeline(out, brief.timeline(), lookup);
  }

  private static void conflicts(StringBuilder out, Brief brief, ReportLookup lookup) {
    List<Fact> disputed = ReportLookup.disputedFacts(brief);
    int count = ReportLookup.disputes(brief);
    out.append("### Conflicts (").append(count).append(")\n\n");
    if (count == 0) {
      out.append("No conflicts found between the outlets of this story.\n\n");
      return;
    }
    out.append("> **Warning: the outlets disagree on ").append(count);
    out.append(count == 1 ? " point" : " points").append(".** Check these before relying on ");
    out.append("them.\n\n");
    int n = 0;
    for (Conflict conflict : brief.conflicts()) {
      out.append("#### ").append(++n).append(". ").append(MarkdownText.inline(conflict.about()));
      out.append("\n\n");
      claims(out, conflict.claims(), lookup);
    }
    for (Fact fact : disputed) {
      out.append("#### ").append(++n).append(". ").append(MarkdownText.inline(fact.statement()));
      out.append("\n\n");
      claims(out, fact.claims(), lookup);
    }
  }

  private static void claims(StringBuilder out, List<Claim> claims, ReportLookup lookup) {
    for (Claim claim : claims) {
      out.append("- \"").append(MarkdownText.inline(claim.text())).append("\" - ");
      out.append(source(lookup, claim.article()));
      claim.quantity().ifPresent(q -> out.append(" - **").append(quantity(q)).append("**"));
      out.append('\n');
    }
    out.append('\n');
  }

  private static void summary(
      StringBuilder out, List<SummarySentence> summary, ReportLookup lookup) {
    if (summary.isEmpty()) {
      return;
    }
    out.append("### Summary\n\n");
    for (SummarySentence sentence : summary) {
      out.append("- ").append(MarkdownText.inline(sentence.text()));
      out.append(" (").append(outlets(lookup, sentence.articles())).append(")\n");
    }
    out.append('\n');
  }

  private static void facts(
      StringBuilder out, String heading, FactStatus status, List<Fact> facts, ReportLookup lookup) {
    List<Fact> chosen = facts.stream().filter(f -> f.status() == status).toList();
    if (chosen.isEmpty()) {
      return;
    }
    out.append("### ").append(heading).append(" (").append(chosen.size()).append(")\n\n");
    for (Fact fact : chosen) {
      List<String> articles = fact.claims().stream().map(Claim::article).distinct().toList();
      out.append("- ").append(MarkdownText.inline(fact.statement()));
      out.append(" (").append(outlets(lookup, articles)).append(")\n");
    }
    out.append('\n');
  }

  private static void quotes(StringBuilder out, StoryQuotes quotes, ReportLookup lookup) {
    if (quotes.speakers().isEmpty()) {
      return;
    }
    out.append("### Quotes\n\n");
    for (StoryQuotes.SpeakerQuotes speaker : quotes.speakers()) {
      out.append("**").append(MarkdownText.inline(speaker.speaker())).append("**\n\n");
      for (StoryQuotes.Statement statement : speaker.statements()) {
        String mark = statement.quote().direct() ? "\"" : "";
        out.append("- ").append(mark).append(MarkdownText.inline(statement.quote().text()));
        out.append(mark).append(" (").append(outlets(lookup, statement.articles())).append(")\n");
      }
      out.append('\n');
    }
  }

  private static void stances(StringBuilder out, List<Stance> stances, ReportLookup lookup) {
    if (stances.isEmpty()) {
      return;
    }
    out.append("### Stances\n\n");
    for (Stance stance : stances) {
      out.append("- **").append(MarkdownText.inline(stance.actor())).append("** ");
      out.append(verb(stance.stance())).append(": ");
      out.append(MarkdownText.inline(stance.proposition())).append('\n');
      for (Evidence evidence : stance.evidence()) {
        out.append("  - \"").append(MarkdownText.inline(evidence.text())).append("\" - ");
        out.append(source(lookup, evidence.article())).append('\n');
      }
    }
    out.append('\n');
  }

  private static void coverage(StringBuilder out, List<Coverage> coverage, ReportLookup lookup) {
    if (coverage.isEmpty()) {
      return;
    }
    out.append("### Coverage by outlet\n\n");
    out.append("| Outlet | Article | Facts only here | Agreed facts left out |\n");
    out.append("| --- | --- | ---: | ---: |\n");
    for (Coverage row : coverage) {
      String outlet = row.outlet().orElseGet(() -> lookup.outlet(row.article()));
      out.append("| ").append(MarkdownText.inline(outlet));
      out.append(" | ").append(MarkdownText.inline(row.article()));
      out.append(" | ").append(row.unique().size());
      out.append(" | ").append(row.omitted().size()).append(" |\n");
    }
    out.append('\n');
  }

  private static void timeline(StringBuilder out, List<TimelineEvent> events, ReportLookup lookup) {
    if (events.isEmpty()) {
      return;
    }
    out.append("### Timeline\n\n");
    for (TimelineEvent event : events) {
      out.append("- **").append(event.date()).append("** ");
      out.append(MarkdownText.inline(event.text()));
      out.append(" (").append(outlets(lookup, event.articles())).append(")\n");
    }
    out.append('\n');
  }

  /** How the brief says an actor's stance: "supports", "opposes", "is mixed on". */
  static String verb(StanceKind stance) {
    return switch (stance) {
      case SUPPORT -> "supports";
      case OPPOSE -> "opposes";
      case MIXED -> "is mixed on";
    };
  }

  private static String quantity(Quantity quantity) {
    return MarkdownText.inline(ReportLookup.describe(quantity));
  }

  private static String source(ReportLookup lookup, String articleId) {
    return "**"
        + MarkdownText.inline(lookup.outlet(articleId))
        + "** ("
        + MarkdownText.inline(articleId)
        + ")";
  }

  private static String outlets(ReportLookup lookup, List<String> articles) {
    if (articles.isEmpty()) {
      return "no article";
    }
    return lookup.outlets(articles).stream()
        .map(MarkdownText::inline)
        .collect(Collectors.joining(", "));
  }
}

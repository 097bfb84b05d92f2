package org.triangulate.report;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.Brief;
import org.triangulate.model.Fact;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.Story;
import org.triangulate.model.SummarySentence;

/**
 * Writes one story's brief as Markdown, in the order a reader needs it: heading, dates and outlets,
 * the parts at a glance, conflicts (always present, saying "none found" when there are none), the
 * agreed core, then the parts {@link MarkdownStoryDetails} writes (quotes by speaker, stances,
 * coverage, timeline), then the facts only one outlet reports and the names in the story.
 *
 * <p>Every claim links to its passage in the source articles section. All text from articles is
 * escaped with {@link MarkdownText}. Immutable and thread-safe.
 */
final class MarkdownStory {
  private final MarkdownLinks links;
  private final MarkdownStoryDetails details;

  MarkdownStory(MarkdownLinks links) {
    this.links = links;
    this.details = new MarkdownStoryDetails(links);
  }

  /** Appends the brief of {@code brief}'s story, numbered {@code number}, to {@code out}. */
  void append(StringBuilder out, int number, Brief brief) {
    StoryLayout layout = StoryLayout.of(number, brief);
    StoryQuotes quotes = StoryQuotes.of(brief, links.lookup());
    header(out, layout, quotes);
    conflicts(out, layout);
    Set<String> factIds = new HashSet<>();
    agreed(out, layout, factIds);
    details.append(out, layout, quotes);
    single(out, layout, factIds);
    details.entities(out, layout);
  }

  private void header(StringBuilder out, StoryLayout layout, StoryQuotes quotes) {
    Story story = layout.brief().story();
    out.append(MarkdownLinks.anchor(layout.anchor())).append("\n\n");
    out.append("## Story ").append(layout.number()).append(": ");
    out.append(MarkdownText.inline(HtmlReportWriter.title(layout.brief())));
    out.append("\n\n**Dates:** ").append(MarkdownReportWriter.dates(story)).append("  \n");
    out.append("**Outlets:** ").append(links.articles(story.articles()));
    out.append(" (").append(ReportLookup.count(story.articles().size(), "article")).append(")\n\n");
    for (NearDuplicate copy : story.duplicates()) {
      out.append("**Copy:** ").append(links.article(copy.article())).append(" (");
      out.append(MarkdownText.inline(copy.article())).append(") copies ");
      out.append(links.article(copy.copyOf())).append(" (");
      out.append(MarkdownText.inline(copy.copyOf())).append("); they count as one source.\n\n");
    }
    Brief brief = layout.brief();
    out.append("**At a glance:** ");
    part(out, layout, "conflicts", layout.disputes().size(), "conflict", true);
    part(out, layout, "agreed", layout.agreed().size(), "agreed fact", false);
    part(out, layout, "quotes", quotes.speakers().size(), "speaker", false);
    part(out, layout, "stances", brief.stances().size(), "stance", false);
    if (!brief.coverage().isEmpty()) {
      out.append(" · [coverage of ").append(ReportLookup.count(brief.coverage().size(), "article"));
      out.append("](#").append(layout.anchor("coverage")).append(')');
    }
    part(out, layout, "timeline", brief.timeline().size(), "dated event", false);
    part(out, layout, "single", layout.single().size(), "single-source fact", false);
    out.append("\n\n");
  }

  private static void part(
      StringBuilder out, StoryLayout layout, String part, int n, String noun, boolean first) {
    if (n > 0 || first) {
      out.append(first ? "" : " · ").append('[').append(ReportLookup.count(n, noun));
      out.append("](#").append(layout.anchor(part)).append(')');
    }
  }

  private void conflicts(StringBuilder out, StoryLayout layout) {
    int count = layout.disputes().size();
    out.append(MarkdownLinks.anchor(layout.anchor("conflicts"))).append("\n\n");
    out.append("### ").append(count == 0 ? "" : "⚠ ").append("Conflicts (").append(count);
    out.append(")\n\n");
    if (count == 0) {
      out.append("No conflicts found between the outlets of this story.\n\n");
      return;
    }
    out.append("> **Warning: the outlets disagree on ").append(count);
    out.append(count == 1 ? " point" : " points").append(".** Check these before relying on ");
    out.append("them.\n\n");
    int n = 0;
    for (StoryLayout.Dispute dispute : layout.disputes()) {
      out.append("#### ").append(++n).append(". ").append(MarkdownText.inline(dispute.about()));
      out.append("\n\n");
      for (StoryLayout.SameClaim same : dispute.claims()) {
        out.append("- ");
        same.value().ifPresent(v -> out.append("**").append(MarkdownText.inline(v)).append("** "));
        out.append("in ").append(links.outletsOf(same.claims())).append(": ");
        out.append(MarkdownLinks.quoted(same.text())).append('\n');
      }
      out.append('\n');
    }
  }

  private void agreed(StringBuilder out, StoryLayout layout, Set<String> factIds) {
    List<SummarySentence> summary = layout.brief().summary();
    if (layout.agreed().isEmpty() && summary.isEmpty()) {
      return;
    }
    out.append(MarkdownLinks.anchor(layout.anchor("agreed"))).append("\n\n");
    out.append("### What the outlets agree on (").append(layout.agreed().size()).append(")\n\n");
    if (!summary.isEmpty()) {
      out.append("**In brief**\n\n");
      for (SummarySentence sentence : summary) {
        out.append("- ").append(MarkdownText.inline(sentence.text()));
        out.append(" (").append(links.articles(sentence.articles())).append(")\n");
      }
      out.append('\n');
    }
    if (!layout.agreed().isEmpty()) {
      out.append(summary.isEmpty() ? "" : "**Agreed facts**\n\n");
      Map<String, String> anchors = layout.factAnchors();
      int n = 0;
      for (Fact fact : layout.agreed()) {
        out.append(++n).append(". ").append(factAnchor(fact, anchors, factIds));
        out.append(MarkdownText.inline(fact.statement())).append("  \n   ");
        out.append(ReportLookup.count(StoryLayout.articles(fact.claims()).size(), "article"));
        out.append(": ").append(links.outletsOf(fact.claims())).append('\n');
      }
      out.append('\n');
    }
  }

  private void single(StringBuilder out, StoryLayout layout, Set<String> factIds) {
    if (layout.single().isEmpty()) {
      return;
    }
    out.append(MarkdownLinks.anchor(layout.anchor("single"))).append("\n\n");
    out.append("### Reported by one outlet only (").append(layout.single().size()).append(")\n\n");
    Map<String, String> anchors = layout.factAnchors();
    for (Fact fact : layout.single()) {
      out.append("- ").append(factAnchor(fact, anchors, factIds));
      out.append(MarkdownText.inline(fact.statement())).append(" - ");
      out.append(links.outletsOf(fact.claims())).append('\n');
    }
    out.append('\n');
  }

  private static String factAnchor(Fact fact, Map<String, String> anchors, Set<String> written) {
    String anchor = anchors.get(fact.id());
    return anchor != null && written.add(anchor) ? MarkdownLinks.anchor(anchor) : "";
  }
}

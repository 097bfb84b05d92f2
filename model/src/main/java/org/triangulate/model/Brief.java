package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * What a story's outlets say, compared: entities, quote groups, facts, conflicts, stances,
 * timeline, summary and per-article coverage.
 */
public record Brief(
    Story story,
    List<StoryEntity> entities,
    List<QuoteGroup> quoteGroups,
    List<Fact> facts,
    List<Conflict> conflicts,
    List<Stance> stances,
    List<TimelineEvent> timeline,
    List<SummarySentence> summary,
    List<Coverage> coverage) {
  public Brief {
    Objects.requireNonNull(story, "story");
    entities = List.copyOf(entities);
    quoteGroups = List.copyOf(quoteGroups);
    facts = List.copyOf(facts);
    conflicts = List.copyOf(conflicts);
    stances = List.copyOf(stances);
    timeline = List.copyOf(timeline);
    summary = List.copyOf(summary);
    coverage = List.copyOf(coverage);
  }

  /** A brief that compares nothing yet: only the story. */
  public static Brief of(Story story) {
    return new Brief(
        story, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }
}

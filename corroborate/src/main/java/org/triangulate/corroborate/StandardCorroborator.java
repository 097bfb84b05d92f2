package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Conflict;
import org.triangulate.model.QuoteGroup;
import org.triangulate.model.Story;

/**
 * The default {@link Corroborator}: resolves story entities, groups quotes, aligns claims into
 * facts and conflicts, finds stances, and builds the timeline, summary and coverage, in that order.
 *
 * <p>Immutable and safe to share across threads.
 */
public final class StandardCorroborator implements Corroborator {
  /** The Dice overlap two dated claims need, date words aside, to date one action. */
  static final double DATE_SIMILARITY = 0.4;

  private final CorroborationConfig config;
  private final EntityResolver entities = new EntityResolver();
  private final QuoteGrouper quotes;
  private final ClaimAligner aligner;
  private final FactBuilder facts;
  private final StanceFinder stances = new StanceFinder();
  private final TimelineBuilder timeline;
  private final SummaryBuilder summary;
  private final CoverageBuilder coverage = new CoverageBuilder();
  private final AttributionChecker attributions = new AttributionChecker();

  /** A corroborator with the thresholds of {@code config}. */
  public StandardCorroborator(CorroborationConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    QuantityComparison comparison =
        new QuantityComparison(config.quantityTolerance(), config.contextOverlap());
    this.quotes = new QuoteGrouper(config.quoteSimilarity());
    this.aligner = new ClaimAligner(config.claimSimilarity(), comparison);
    this.facts = new FactBuilder(aligner, comparison, new DateComparison(DATE_SIMILARITY));
    this.timeline = new TimelineBuilder(config.timelineSimilarity());
    this.summary = new SummaryBuilder(config.summarySimilarity(), config.summarySentences());
  }

  @Override
  public Brief corroborate(Story story, List<AnalyzedArticle> storyArticles) {
    StoryArticles articles = StoryArticles.of(story, storyArticles);
    List<Statement> sentences = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      sentences.addAll(Statement.of(articles.get(a), a));
    }
    List<Statement> claims = sentences.stream().filter(Statement::isClaim).toList();
    EntityResolver.Resolved resolved = entities.resolve(articles);
    FactBuilder.Result found = facts.build(story.id(), aligner.align(claims), articles::source);
    List<QuoteGroup> groups = quotes.group(articles, resolved);
    List<Conflict> conflicts = new ArrayList<>(found.conflicts());
    conflicts.addAll(attributions.find(articles, groups, resolved, conflicts.size() + 1));
    return new Brief(
        story,
        resolved.entities(),
        groups,
        found.facts(),
        conflicts,
        stances.find(articles, resolved),
        timeline.build(claims, articles),
        summary.build(sentences, articles),
        coverage.build(articles, found.facts()));
  }

  /** This corroborator's thresholds. */
  public CorroborationConfig config() {
    return config;
  }
}

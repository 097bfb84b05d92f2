package org.triangulate.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.triangulate.model.Brief;
import org.triangulate.model.Conflict;
import org.triangulate.model.Coverage;
import org.triangulate.model.Fact;
import org.triangulate.model.QuoteGroup;
import org.triangulate.model.Report;
import org.triangulate.model.Stance;
import org.triangulate.model.Story;
import org.triangulate.model.StoryEntity;
import org.triangulate.model.SummarySentence;
import org.triangulate.model.TimelineEvent;

/** Builds a report whose every brief string, not only the article text, is hostile markup. */
final class HostileBriefs {
  /** Markup and a script address, as an article or a stage might pass them on. */
  static final String EVIL =
      "<script>alert(1)</script><img src=x onerror=alert(2)>*[x](javascript:alert(3))*|#";

  private HostileBriefs() {}

  /** The fixture report with every string of its brief replaced by {@link #EVIL}-laden text. */
  static Report report() {
    Report base = Fixtures.report();
    Brief b = base.stories().get(0);
    Story s = b.story();
    Story story = new Story(s.id(), EVIL + " title", s.articles(), s.first(), s.last());
    List<StoryEntity> entities =
        b.entities().stream()
            .map(
                e ->
                    new StoryEntity(
                        e.id(),
                        EVIL + " name",
                        e.type(),
                        List.of(EVIL + " alias"),
                        e.articles(),
                        e.mentions()))
            .toList();
    List<QuoteGroup> groups =
        b.quoteGroups().stream()
            .map(
                g ->
                    new QuoteGroup(
                        g.id(), Optional.of(EVIL + " speaker"), g.quotes(), g.articles()))
            .toList();
    List<Fact> facts =
        b.facts().stream()
            .map(f -> new Fact(f.id(), EVIL + " statement", f.status(), f.claims()))
            .toList();
    List<Conflict> conflicts =
        b.conflicts().stream().map(c -> new Conflict(c.id(), EVIL + " about", c.claims())).toList();
    List<Stance> stances =
        b.stances().stream()
            .map(
                t ->
                    new Stance(
                        EVIL + " actor", t.entity(), t.stance(), EVIL + " question", t.evidence()))
            .toList();
    Brief brief =
        new Brief(
            story,
            entities,
            groups,
            facts,
            conflicts,
            stances,
            List.of(
                new TimelineEvent(LocalDate.of(2031, 3, 3), EVIL + " event", List.of("gazette-1"))),
            List.of(new SummarySentence(EVIL + " summary", List.of("gazette-1", "post-2"))),
            List.of(
                new Coverage(
                    "gazette-1",
                    Optional.of(EVIL + " outlet"),
                    List.of("s1#f2"),
                    List.of("s1#f1"))));
    return new Report(base.generator(), base.articles(), List.of(brief), base.skipped());
  }
}

package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.Report;

class ClaimAnchorsTest {

  private static Report withFacts(List<Fact> facts) {
    Report base = Fixtures.report();
    Brief brief = base.stories().get(0);
    Brief changed =
        new Brief(
            brief.story(),
            brief.entities(),
            brief.quoteGroups(),
            facts,
            brief.conflicts(),
            brief.stances(),
            brief.timeline(),
            brief.summary(),
            brief.coverage());
    return new Report(base.generator(), base.articles(), List.of(changed), base.skipped());
  }

  @Test
  void marksOfOneArticleAreInTextOrderAndNeverOverlap() {
    String g = Fixtures.GAZETTE_TEXT;
    Claim whole =
        Fixtures.claim("gazette-1", g, "The dam lies 40 miles from Harlow.", Optional.empty());
    Claim inner = Fixtures.claim("gazette-1", g, "40 miles", Optional.empty());
    Claim early = Fixtures.claim("gazette-1", g, "Mayor Ilse Brandt", Optional.empty());
    Report report =
        withFacts(
            List.of(
                new Fact(
                    "s1#f9", "distance", FactStatus.SINGLE_SOURCE, List.of(inner, whole, early))));
    ReportLookup lookup = new ReportLookup(report);
    ClaimAnchors anchors = ClaimAnchors.of(report, lookup);
    List<ClaimAnchors.Mark> marks = anchors.marks("gazette-1");
    for (int i = 1; i < marks.size(); i++) {
      assertThat(marks.get(i).start()).isGreaterThanOrEqualTo(marks.get(i - 1).end());
    }
    assertThat(marks).extracting(ClaimAnchors.Mark::id).doesNotHaveDuplicates();
    assertThat(anchors.target(inner, lookup)).isEqualTo(anchors.target(whole, lookup));
    ClaimAnchors.Mark distance =
        marks.stream().filter(m -> m.start() == whole.start()).findFirst().orElseThrow();
    assertThat(distance.conflict()).as("the conflict claim shares this span").isTrue();
    assertThat(anchors.target(early, lookup))
        .isPresent()
        .isNotEqualTo(anchors.target(whole, lookup));
  }

  @Test
  void aClaimOutsideItsArticleTextLinksToTheArticle() {
    Claim beyond = new Claim("post-2", "far away", 5000, 5008, Optional.empty());
    Claim unknown = new Claim("nowhere-9", "lost", 0, 4, Optional.empty());
    Report report =
        withFacts(
            List.of(new Fact("s1#f9", "x", FactStatus.SINGLE_SOURCE, List.of(beyond, unknown))));
    ReportLookup lookup = new ReportLookup(report);
    ClaimAnchors anchors = ClaimAnchors.of(report, lookup);
    assertThat(anchors.target(beyond, lookup)).hasValue("art1");
    assertThat(anchors.target(unknown, lookup)).isEmpty();
  }

  @Test
  void quotesAndStanceEvidenceGetHighlightsAndTheMostPressingKindWins() {
    Report report = Fixtures.report();
    ReportLookup lookup = new ReportLookup(report);
    ClaimAnchors anchors = ClaimAnchors.of(report, lookup);
    List<ClaimAnchors.Mark> post = anchors.marks("post-2");
    assertThat(post)
        .extracting(m -> Fixtures.POST_TEXT.substring(m.start(), m.end()), ClaimAnchors.Mark::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "The Orlow dam is 90 km from Harlow, engineers said.", ClaimAnchors.Kind.CONFLICT),
            org.assertj.core.groups.Tuple.tuple("We are ready,", ClaimAnchors.Kind.CLAIM),
            org.assertj.core.groups.Tuple.tuple("a waste", ClaimAnchors.Kind.QUOTE));
    String evidence = "Mayor Ilse Brandt said the Orlow dam would open in June.";
    ClaimAnchors.Mark first = anchors.marks("gazette-1").get(0);
    assertThat(Fixtures.GAZETTE_TEXT.substring(first.start(), first.end())).isEqualTo(evidence);
    assertThat(first.kind()).isEqualTo(ClaimAnchors.Kind.CLAIM);
  }
}

package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Claim;
import org.triangulate.model.Quantity;

class StoryLayoutTest {

  @Test
  void claimsWithTheSameWordsAndValueAreMergedInOrderOfFirstAppearance() {
    String a = "The bridge is 12 m long. The bridge is 12 m long.";
    Quantity twelve = Fixtures.quantity(a, "12 m", 12, "m", null);
    Claim first = new Claim("a-1", "The bridge is 12 m long.", 0, 24, Optional.of(twelve));
    Claim copy = new Claim("b-2", "The bridge is 12 m long. ", 25, 49, Optional.of(twelve));
    Claim other = new Claim("c-3", "The bridge is 12 m long.", 0, 24, Optional.empty());
    List<StoryLayout.SameClaim> merged = StoryLayout.merge(List.of(first, other, copy));
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).claims()).containsExactly(first, copy);
    assertThat(merged.get(0).value()).hasValue("12 m");
    assertThat(merged.get(1).claims()).containsExactly(other);
    assertThat(merged.get(1).value()).isEmpty();
  }

  @Test
  void theLayoutOfTheFixtureStorySortsFactsAndGroupsStancesByQuestion() {
    StoryLayout layout = StoryLayout.of(3, Fixtures.report().stories().get(0));
    assertThat(layout.disputes())
        .extracting(StoryLayout.Dispute::about)
        .containsExactly("distance from the Orlow dam to Harlow");
    assertThat(layout.agreed()).extracting(f -> f.id()).containsExactly("s1#f1");
    assertThat(layout.single()).extracting(f -> f.id()).containsExactly("s1#f2");
    assertThat(layout.questions()).containsOnlyKeys("the Orlow dam should open");
    assertThat(layout.factAnchors())
        .containsEntry("s1#f1", "story3-f1")
        .containsEntry("s1#f2", "story3-f2");
    assertThat(layout.anchor("conflicts")).isEqualTo("story3-conflicts");
  }

  @Test
  void longTextIsShortenedAtAWordAndNeverSplitsASurrogatePair() {
    String words = "word ".repeat(40);
    assertThat(StoryLayout.shortened(words)).endsWith("word\u2026").hasSizeLessThanOrEqualTo(91);
    String emoji = "x".repeat(89) + "\uD83D\uDE00" + "y".repeat(20);
    String cut = StoryLayout.shortened(emoji);
    assertThat(cut).isEqualTo("x".repeat(89) + "\u2026");
    assertThat(StoryLayout.shortened("  short  ")).isEqualTo("short");
  }
}

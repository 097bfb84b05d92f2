package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.model.testing.ArticleFixture.article;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.EntityType;
import org.triangulate.model.ValueBound;

class ConflictKindsTest {
  private static Brief corroborate(AnalyzedArticle... articles) {
    return OneStory.corroborate("Mill fire at Dunmere", articles);
  }

  @Test
  void countsOfTheHurtInOtherWordsConflict() {
    AnalyzedArticle a =
        article("a", "Fire officers said four people were injured when the roof of the mill fell.")
            .quantity("four people", 4, "person", 4, "people")
            .build();
    AnalyzedArticle b =
        article("b", "Neighbours say nine people were hurt as the blaze spread along the lane.")
            .quantity("nine people", 9, "person", 9, "people")
            .build();

    Brief brief = corroborate(a, b);

    assertThat(brief.conflicts()).hasSize(1);
    assertThat(brief.conflicts().get(0).about()).startsWith("people injured");
    assertThat(brief.conflicts().get(0).claims())
        .extracting(Claim::article)
        .containsExactly("a", "b");
  }

  @Test
  void aLowerBoundAllowsAHigherCountButNotALowerOne() {
    AnalyzedArticle a =
        article("a", "Fire officers said more than 40 people were evacuated from the Dunmere mill.")
            .quantity("more than 40 people", 40, "person", 40, "people", ValueBound.MORE_THAN)
            .build();
    AnalyzedArticle b =
        article("b", "The council said 55 people were evacuated from the Dunmere mill on Sunday.")
            .quantity("55 people", 55, "person", 55, "people")
            .build();
    AnalyzedArticle c =
        article("c", "Neighbours said only 12 people were evacuated from the Dunmere mill.")
            .quantity("12 people", 12, "person", 12, "people")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
    assertThat(corroborate(a, c).conflicts()).hasSize(1);
  }

  @Test
  void theDeadAndTheInjuredAreDifferentCounts() {
    AnalyzedArticle a =
        article("a", "Two workers were killed when the roof of the Dunmere mill fell.")
            .quantity("Two workers", 2, "worker", 2, "people")
            .build();
    AnalyzedArticle b =
        article("b", "Five workers were injured when the roof of the Dunmere mill fell.")
            .quantity("Five workers", 5, "worker", 5, "people")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void countsOfDifferentYearsAreNoConflict() {
    AnalyzedArticle a =
        article("a", "Three people were injured in the mill fire at Dunmere in 2017.")
            .quantity("Three people", 3, "person", 3, "people")
            .build();
    AnalyzedArticle b =
        article("b", "Eight people were injured in the mill fire at Dunmere on Sunday.")
            .quantity("Eight people", 8, "person", 8, "people")
            .date("Sunday", "2026-05-03")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void oneActionGivenTwoDaysIsADateConflict() {
    AnalyzedArticle a =
        article("a", "The Dunmere Fire Board closed the mill on 3 May after the inspection.")
            .entity("Dunmere Fire Board", EntityType.ORGANIZATION, "Dunmere Fire Board")
            .date("3 May", "2026-05-03")
            .build();
    AnalyzedArticle b =
        article("b", "The Dunmere Fire Board closed the mill on 5 May after an inspection.")
            .entity("Dunmere Fire Board", EntityType.ORGANIZATION, "Dunmere Fire Board")
            .date("5 May", "2026-05-05")
            .build();

    Brief brief = corroborate(a, b);

    assertThat(brief.conflicts()).hasSize(1);
    assertThat(brief.conflicts().get(0).about()).startsWith("date:").contains("closed");
  }

  @Test
  void differentActionsOnDifferentDaysAreNoDateConflict() {
    AnalyzedArticle a =
        article("a", "The Dunmere Fire Board closed the mill on 3 May after the inspection.")
            .entity("Dunmere Fire Board", EntityType.ORGANIZATION, "Dunmere Fire Board")
            .date("3 May", "2026-05-03")
            .build();
    AnalyzedArticle b =
        article("b", "The Dunmere Fire Board will publish its report on 20 June.")
            .entity("Dunmere Fire Board", EntityType.ORGANIZATION, "Dunmere Fire Board")
            .date("20 June", "2026-06-20")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void theSameWordsGivenToTwoPeopleAreAnAttributionConflict() {
    AnalyzedArticle a =
        article(
                "a",
                "\"The fire alarms in the east hall had been broken for months,\" said Nora Quill, the shift lead.")
            .entity("Nora Quill", EntityType.PERSON, "Nora Quill")
            .quote(
                "The fire alarms in the east hall had been broken for months",
                "Nora Quill",
                Optional.of("Nora Quill"),
                "said")
            .build();
    AnalyzedArticle b =
        article(
                "b",
                "\"The fire alarms in the east hall had been broken for months,\" said Piet Saller, a councillor.")
            .entity("Piet Saller", EntityType.PERSON, "Piet Saller")
            .quote(
                "The fire alarms in the east hall had been broken for months",
                "Piet Saller",
                Optional.of("Piet Saller"),
                "said")
            .build();

    Brief brief = corroborate(a, b);

    assertThat(brief.conflicts()).hasSize(1);
    assertThat(brief.conflicts().get(0).about()).contains("Nora Quill").contains("Piet Saller");
    assertThat(brief.conflicts().get(0).claims())
        .extracting(Claim::text)
        .containsExactly(
            "The fire alarms in the east hall had been broken for months,\" said Nora Quill",
            "The fire alarms in the east hall had been broken for months,\" said Piet Saller");
  }

  @Test
  void theSameWordsGivenToOnePersonByNameAndSurnameAreNoConflict() {
    AnalyzedArticle a =
        article(
                "a",
                "\"The fire alarms in the east hall had been broken for months,\" said Nora Quill, the shift lead.")
            .entity("Nora Quill", EntityType.PERSON, "Nora Quill")
            .quote(
                "The fire alarms in the east hall had been broken for months",
                "Nora Quill",
                Optional.of("Nora Quill"),
                "said")
            .build();
    AnalyzedArticle b =
        article(
                "b",
                "\"The fire alarms in the east hall had been broken for months,\" Ms Quill said.")
            .entity("Quill", EntityType.PERSON, "Quill")
            .quote(
                "The fire alarms in the east hall had been broken for months",
                "Ms Quill",
                Optional.of("Quill"),
                "said")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void theSameWordsGivenToOnePersonByFullNameAndFirstNameAreNoConflict() {
    AnalyzedArticle a =
        article(
                "a",
                "\"The fire alarms in the east hall had been broken for months,\" said Nora Quill, the shift lead.")
            .entity("Nora Quill", EntityType.PERSON, "Nora Quill")
            .quote(
                "The fire alarms in the east hall had been broken for months",
                "Nora Quill",
                Optional.of("Nora Quill"),
                "said")
            .build();
    AnalyzedArticle b =
        article(
                "b",
                "\"The fire alarms in the east hall had been broken for months,\" her colleague, Nora, said.")
            .entity("Nora", EntityType.PERSON, "Nora")
            .quote(
                "The fire alarms in the east hall had been broken for months",
                "Nora",
                Optional.of("Nora"),
                "said")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void anAmountConvertedInBracketsIsOneValue() {
    AnalyzedArticle a =
        article("a", "Damage to the Dunmere mill was put at US$1 million ($1.5 million) by owners.")
            .quantity("US$1 million", 1e6, "USD", 1e6, "USD")
            .quantity("$1.5 million", 1.5e6, "USD", 1.5e6, "USD")
            .build();
    AnalyzedArticle b =
        article("b", "Damage to the Dunmere mill was put at $1 million by the owners.")
            .quantity("$1 million", 1e6, "USD", 1e6, "USD")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void aCountOfAnEarlierEventIsNotComparedWithOneOfThisEvent() {
    AnalyzedArticle a =
        article("a", "Nine people were injured in a previous fire at the Dunmere mill.")
            .quantity("Nine people", 9, "person", 9, "people")
            .build();
    AnalyzedArticle b =
        article("b", "Four people were injured in the fire at the Dunmere mill.")
            .quantity("Four people", 4, "person", 4, "people")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void aWeekdayResolvedAgainstArticlesOfDifferentDaysIsNoDateConflict() {
    AnalyzedArticle a =
        article("a", "The Dunmere Fire Board closed the mill on Monday after the inspection.")
            .published("2026-05-04")
            .entity("Dunmere Fire Board", EntityType.ORGANIZATION, "Dunmere Fire Board")
            .date("Monday", "2026-05-04")
            .build();
    AnalyzedArticle b =
        article("b", "The Dunmere Fire Board closed the mill today after an inspection.")
            .published("2026-05-06")
            .entity("Dunmere Fire Board", EntityType.ORGANIZATION, "Dunmere Fire Board")
            .date("today", "2026-05-06")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void aSurnameSpelledTwoWaysIsOnePerson() {
    assertThat(AttributionChecker.spelledAlike("heffner", "hefner")).isTrue();
    assertThat(AttributionChecker.spelledAlike("quill", "quell")).isTrue();
    assertThat(AttributionChecker.spelledAlike("quill", "saller")).isFalse();
    assertThat(AttributionChecker.spelledAlike("lee", "lea")).isFalse();
  }

  @Test
  void fourAndAHalfTonnesAgreesWithFourPointFiveTonnes() {
    AnalyzedArticle a =
        article("a", "The owners say about four and a half tonnes of flour burned in the mill.")
            .quantity("a half tonnes", 0.5, "tonne", 500, "kg")
            .build();
    AnalyzedArticle b =
        article("b", "The owners say 4.5 tonnes of flour burned in the mill.")
            .quantity("4.5 tonnes", 4.5, "tonne", 4500, "kg")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
    assertThat(corroborate(a, b).facts())
        .anySatisfy(f -> assertThat(f.claims()).extracting(Claim::article).contains("a", "b"));
  }
}

package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.model.testing.ArticleFixture.article;

import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.EntityType;

class LeadFactsTest {
  private final Vocabulary vocabulary = new Vocabulary();
  private final EventFeatures features = new EventFeatures(ContentWords.standard());

  private LeadFacts facts(AnalyzedArticle article) {
    return LeadFacts.of(article, features.of(article), vocabulary, ContentWords.standard());
  }

  private static AnalyzedArticle bout(String id, String opponent, String more) {
    String surname = opponent.substring(opponent.indexOf(' ') + 1);
    return article(
            id,
            "Champion Arlo Venn stopped "
                + opponent
                + " in the sixth round on Saturday. The crowd"
                + " in Marlow cheered. "
                + surname
                + " had not lost since spring. Venn said "
                + surname
                + " hit hard. "
                + more)
        .entity("Arlo Venn", EntityType.PERSON, "Arlo Venn")
        .entity(opponent, EntityType.PERSON, opponent)
        .build();
  }

  @Test
  void twoLeadsWithAnotherOpponentEachContradictEachOther() {
    LeadFacts first = facts(bout("a", "Pim Roddick", "Venn keeps his belts."));
    LeadFacts second = facts(bout("b", "Dace Holloway", "Venn keeps his belts."));

    assertThat(first.contradicts(second)).isTrue();
    assertThat(second.contradicts(first)).isTrue();
  }

  @Test
  void aLeadPersonTheOtherArticleNamesLaterIsNoContradiction() {
    LeadFacts first = facts(bout("a", "Pim Roddick", "Venn keeps his belts."));
    LeadFacts second =
        facts(bout("b", "Dace Holloway", "Venn beat Roddick a year ago, on the same card."));

    assertThat(first.contradicts(second)).isFalse();
  }

  @Test
  void aLeadPersonNamedOnlyInPassingIsNoContradiction() {
    LeadFacts first =
        facts(
            obituary(
                "a",
                "Singer Mira Tallow, whom Odo Farrant once called a legend, died.",
                "Odo Farrant"));
    LeadFacts second =
        facts(obituary("b", "Mira Tallow died, her agent Pell Varga said.", "Pell Varga"));

    assertThat(first.contradicts(second)).isFalse();
  }

  /** An obituary of Mira Tallow whose lead names {@code passing} once. */
  private static AnalyzedArticle obituary(String id, String lead, String passing) {
    return article(id, lead + " Tallow was 90. Tallow recorded forty albums.")
        .entity("Mira Tallow", EntityType.PERSON, "Mira Tallow")
        .entity(passing, EntityType.PERSON, passing)
        .build();
  }

  @Test
  void anArticleWithoutPeopleInItsLeadContradictsNoOne() {
    LeadFacts first = facts(bout("a", "Pim Roddick", "Venn keeps his belts."));
    LeadFacts plain =
        facts(
            article("c", "The crowd in Marlow cheered a long night of boxing. Tickets sold out.")
                .build());

    assertThat(first.contradicts(plain)).isFalse();
    assertThat(plain.contradicts(first)).isFalse();
  }

  @Test
  void leadsWithAnotherMagnitudeEachContradictEachOther() {
    LeadFacts small =
        facts(
            article("q1", "A magnitude 5.4 earthquake struck Vell island. Houses cracked.")
                .build());
    LeadFacts strong =
        facts(article("q2", "A 6.2 earthquake hit Vell island overnight. A school fell.").build());
    LeadFacts same =
        facts(
            article("q3", "The 5.4 tremor on Vell island cracked houses. No one was hurt.")
                .build());

    assertThat(small.contradicts(strong)).isTrue();
    assertThat(small.contradicts(same)).isFalse();
  }
}

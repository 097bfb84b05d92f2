package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.model.testing.ArticleFixture.article;

import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.EntityType;

class CountedThingTest {
  private static Brief corroborate(AnalyzedArticle... articles) {
    return OneStory.corroborate("Strike in Porvane", articles);
  }

  @Test
  void aCountryWideCrowdAndACityCrowdAreNoConflict() {
    AnalyzedArticle a =
        article("a", "Some 90,000 people marched on Friday as part of nationwide strikes over pay.")
            .quantity("90,000 people", 90000, "person", 90000, "people")
            .build();
    AnalyzedArticle b =
        article("b", "Police said 15,000 people marched through Porvane on Friday over pay.")
            .quantity("15,000 people", 15000, "person", 15000, "people")
            .entity("Porvane", EntityType.LOCATION, "Porvane")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void twoCrowdsInOnePlaceStillConflict() {
    AnalyzedArticle a =
        article("a", "Police said 15,000 people marched through Porvane on Friday over pay.")
            .quantity("15,000 people", 15000, "person", 15000, "people")
            .entity("Porvane", EntityType.LOCATION, "Porvane")
            .build();
    AnalyzedArticle b =
        article("b", "Organisers said 40,000 people marched through Porvane on Friday over pay.")
            .quantity("40,000 people", 40000, "person", 40000, "people")
            .entity("Porvane", EntityType.LOCATION, "Porvane")
            .build();

    assertThat(corroborate(a, b).conflicts()).hasSize(1);
  }

  @Test
  void aTollOfAnEarlierEventNamedByItIsNoConflict() {
    AnalyzedArticle a =
        article(
                "a",
                "The storm flooded the Orrin valley. The last great flood there was in 2011. "
                    + "It killed 40 people in the Orrin valley.")
            .quantity("40 people", 40, "person", 40, "people")
            .published("2026-02-02")
            .build();
    AnalyzedArticle b =
        article("b", "The storm killed six people in the Orrin valley, officials said.")
            .quantity("six people", 6, "person", 6, "people")
            .published("2026-02-02")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void aTollOfThatEarlierQuakeIsNoConflict() {
    AnalyzedArticle a =
        article("a", "That quake killed at least 30 people across the Kessa islands.")
            .quantity("at least 30 people", 30, "person", 30, "people")
            .build();
    AnalyzedArticle b =
        article("b", "The quake killed four people across the Kessa islands on Monday.")
            .quantity("four people", 4, "person", 4, "people")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void theNearestCountedWordSaysWhatANumberCounts() {
    AnalyzedArticle a =
        article("a", "One person has been arrested in Porvane, though no injuries were reported.")
            .quantity("One person", 1, "person", 1, "people")
            .build();
    AnalyzedArticle b =
        article("b", "Police said five people were injured in Porvane during the march.")
            .quantity("five people", 5, "person", 5, "people")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void aCountWhoseThingIsNamedOnOneSideOnlyIsNoConflict() {
    AnalyzedArticle a =
        article("a", "The gunman let one hostage go unharmed from the Porvane depot.")
            .quantity("one hostage", 1, "", 1, "count")
            .build();
    AnalyzedArticle b =
        article("b", "Officers found four hostages inside the Porvane depot.")
            .quantity("four hostages", 4, "", 4, "count")
            .build();

    assertThat(corroborate(a, b).conflicts()).isEmpty();
  }

  @Test
  void daysWrittenOutAFewDaysApartDateOneActionInOtherWords() {
    AnalyzedArticle a =
        article("a", "The Porvane Port Authority closed the north quay on 3 May.")
            .entity("Porvane Port Authority", EntityType.ORGANIZATION, "Porvane Port Authority")
            .date("3 May", "2026-05-03")
            .build();
    AnalyzedArticle b =
        article("b", "The Porvane Port Authority decision on 5 May left the quay idle.")
            .entity("Porvane Port Authority", EntityType.ORGANIZATION, "Porvane Port Authority")
            .date("5 May", "2026-05-05")
            .build();

    assertThat(corroborate(a, b).conflicts()).hasSize(1);
  }
}

package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.model.testing.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.EntityType;
import org.triangulate.model.Story;

class IncrementalStoryClustererTest {
  // Two earthquakes on the same fictional island, years apart: same kind of event, same words.
  private static final AnalyzedArticle QUAKE_2031_A =
      article(
              "quake-2031-a",
              "An earthquake of magnitude 5.4 struck Vell island on Sunday, injuring four people in"
                  + " the village of Harrowby. Governor Ilse Marrin said houses were damaged in"
                  + " Harrowby and the island's port. The March 2031 quake was felt on the"
                  + " mainland.")
          .entity("Vell", EntityType.LOCATION, "Vell")
          .entity("Harrowby", EntityType.LOCATION, "Harrowby")
          .entity("Ilse Marrin", EntityType.PERSON, "Ilse Marrin")
          .quantity("magnitude 5.4", 5.4, "magnitude")
          .quantity("four people", 4, "person")
          .date("March 2031", "2031-03-01")
          .build();
  private static final AnalyzedArticle QUAKE_2031_B =
      article(
              "quake-2031-b",
              "Four people were hurt when a 5.4 magnitude earthquake shook Vell island, Governor"
                  + " Ilse Marrin said. Most damage was in Harrowby, where old houses cracked."
                  + " Officials said the island's port reopened in March 2031.")
          .entity("Vell", EntityType.LOCATION, "Vell")
          .entity("Harrowby", EntityType.LOCATION, "Harrowby")
          .entity("Ilse Marrin", EntityType.PERSON, "Ilse Marrin")
          .quantity("5.4 magnitude", 5.4, "magnitude")
          .quantity("Four people", 4, "person")
          .date("March 2031", "2031-03-01")
          .build();
  private static final AnalyzedArticle QUAKE_2036_A =
      article(
              "quake-2036-a",
              "Eleven people died in Dunmere after a strong earthquake hit Vell island late on"
                  + " Tuesday. The 6.2 tremor brought down the school roof, Governor Tomas Quell"
                  + " told reporters in June 2036, and rescuers searched the rubble overnight.")
          .entity("Vell", EntityType.LOCATION, "Vell")
          .entity("Dunmere", EntityType.LOCATION, "Dunmere")
          .entity("Tomas Quell", EntityType.PERSON, "Tomas Quell")
          .quantity("Eleven people", 11, "person")
          .date("June 2036", "2036-06-01")
          .build();
  private static final AnalyzedArticle QUAKE_2036_B =
      article(
              "quake-2036-b",
              "Rescuers in Dunmere pulled two children from the ruins of the school on Wednesday,"
                  + " a day after the quake that killed eleven on Vell island. Tomas Quell, the"
                  + " governor, asked the mainland for tents. Survivors said the June 2036 tremor"
                  + " lasted a minute.")
          .entity("Vell", EntityType.LOCATION, "Vell")
          .entity("Dunmere", EntityType.LOCATION, "Dunmere")
          .entity("Tomas Quell", EntityType.PERSON, "Tomas Quell")
          .quantity("eleven", 11, "person")
          .date("June 2036", "2036-06-01")
          .build();
  private static final AnalyzedArticle BAKERY =
      article(
              "bakery",
              "A bakery in Port Selwyn won the national sourdough prize on Saturday. Judges praised"
                  + " the crust of its rye loaf and the bakery's wood oven.")
          .title("Port Selwyn bakery wins sourdough prize")
          .published("2031-04-01")
          .entity("Port Selwyn", EntityType.LOCATION, "Port Selwyn")
          .build();

  @Test
  void twoEarthquakesOnOneIslandInDifferentYearsEndInTwoStories() {
    List<Story> stories =
        StoryClusterer.standard()
            .cluster(List.of(QUAKE_2031_A, QUAKE_2036_A, BAKERY, QUAKE_2031_B, QUAKE_2036_B));

    assertThat(stories)
        .extracting(Story::articles)
        .containsExactlyInAnyOrder(
            List.of("quake-2031-a", "quake-2031-b"),
            List.of("quake-2036-a", "quake-2036-b"),
            List.of("bakery"));
  }

  @Test
  void twoBoutsOfOneChampionWithAnotherOpponentInTheLeadEndInTwoStories() {
    List<AnalyzedArticle> bouts = new java.util.ArrayList<>();
    for (String opponent : List.of("Pim Roddick", "Dace Holloway")) {
      String surname = opponent.substring(opponent.indexOf(' ') + 1);
      for (String day : List.of("Saturday", "Sunday")) {
        bouts.add(
            article(
                    opponent + "-" + day,
                    "Champion Arlo Venn stopped "
                        + opponent
                        + " in the sixth round of their heavyweight title fight, the referee"
                        + " waving it off after a left hook. Venn keeps his belts, promoters said"
                        + " on "
                        + day
                        + ". The crowd in Marlow arena cheered the champion's eleventh defence. "
                        + surname
                        + " had won nine fights in a row; Venn said "
                        + surname
                        + " was the hardest puncher he had met.")
                .entity("Arlo Venn", EntityType.PERSON, "Arlo Venn")
                .entity(opponent, EntityType.PERSON, opponent)
                .entity("Marlow", EntityType.LOCATION, "Marlow")
                .build());
      }
    }

    List<Story> stories = StoryClusterer.standard().cluster(bouts);

    assertThat(stories)
        .extracting(Story::articles)
        .containsExactlyInAnyOrder(
            List.of("Pim Roddick-Saturday", "Pim Roddick-Sunday"),
            List.of("Dace Holloway-Saturday", "Dace Holloway-Sunday"));
  }

  @Test
  void anArticleJoinsTheStoryOfTheSameEventWrittenInOtherWords() {
    IncrementalStoryClusterer clusterer =
        new IncrementalStoryClusterer(StoryClusterConfig.defaults());

    int first = clusterer.add(QUAKE_2031_A);
    int other = clusterer.add(BAKERY);
    int same = clusterer.add(QUAKE_2031_B);

    assertThat(same).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(clusterer.size()).isEqualTo(3);
  }

  @Test
  void theOrderOfArrivalDoesNotChangeTheseStories() {
    List<Story> forward =
        StoryClusterer.standard()
            .cluster(List.of(QUAKE_2031_A, QUAKE_2031_B, QUAKE_2036_A, QUAKE_2036_B, BAKERY));
    List<Story> backward =
        StoryClusterer.standard()
            .cluster(List.of(BAKERY, QUAKE_2036_B, QUAKE_2036_A, QUAKE_2031_B, QUAKE_2031_A));

    assertThat(backward.stream().map(s -> s.articles().stream().sorted().toList()))
        .containsExactlyInAnyOrderElementsOf(
            forward.stream().map(s -> s.articles().stream().sorted().toList()).toList());
  }

  @Test
  void aRepostJoinsTheStoryOfItsOriginalAndIsReportedAsACopy() {
    AnalyzedArticle repost =
        article(
                "quake-2031-repost",
                QUAKE_2031_A.text().replace("on Sunday", "on Sunday morning")
                    + " Reporting by the Vell Courier.")
            .build();
    IncrementalStoryClusterer clusterer =
        new IncrementalStoryClusterer(StoryClusterConfig.defaults());

    int original = clusterer.add(QUAKE_2031_A);
    clusterer.add(BAKERY);
    int copy = clusterer.add(repost);

    assertThat(copy).isEqualTo(original);
    assertThat(clusterer.duplicates())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.article()).isEqualTo("quake-2031-repost");
              assertThat(d.copyOf()).isEqualTo("quake-2031-a");
            });
  }

  @Test
  void storiesCarryATitleTheirArticlesInTimeOrderAndTheirDateRange() {
    AnalyzedArticle later =
        article("bakery-later", BAKERY.text().replace("Saturday", "Sunday"))
            .published("2031-04-03")
            .entity("Port Selwyn", EntityType.LOCATION, "Port Selwyn")
            .build();
    AnalyzedArticle earlier =
        article("bakery-earlier", "The sourdough prize went to a bakery from Port Selwyn.")
            .published("2031-03-31")
            .entity("Port Selwyn", EntityType.LOCATION, "Port Selwyn")
            .build();

    Story story = StoryClusterer.standard().cluster(List.of(later, BAKERY, earlier)).get(0);

    assertThat(story.articles()).containsExactly("bakery-earlier", "bakery", "bakery-later");
    assertThat(story.first()).contains(LocalDate.parse("2031-03-31"));
    assertThat(story.last()).contains(LocalDate.parse("2031-04-03"));
    assertThat(story.title()).isEqualTo("Port Selwyn bakery wins sourdough prize");
  }

  @Test
  void anArticleIdAddedTwiceIsRejected() {
    IncrementalStoryClusterer clusterer =
        new IncrementalStoryClusterer(StoryClusterConfig.defaults());
    clusterer.add(BAKERY);

    assertThatThrownBy(() -> clusterer.add(BAKERY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bakery");
  }

  @Test
  void aThresholdOutOfRangeIsRejected() {
    assertThatThrownBy(() -> StoryClusterConfig.defaults().withThreshold(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold");
  }
}

package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.model.testing.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.EntityType;
import org.triangulate.model.Story;

class StoryClustererTest {
  private static final AnalyzedArticle DAM_A =
      article(
              "dam-a",
              "The Corran valley council approved the Harlow dam on Tuesday after a long night of"
                  + " debate. The dam will sit 40 miles upstream of Harlow and flood the old mill"
                  + " road. Mayor Edda Voss said the reservoir would protect the town from floods.")
          .title("Corran council approves Harlow dam")
          .published("2031-04-02")
          .entity("Harlow", EntityType.LOCATION, "Harlow")
          .entity("Edda Voss", EntityType.PERSON, "Edda Voss")
          .build();
  private static final AnalyzedArticle DAM_B =
      article(
              "dam-b",
              "Councillors in the Corran valley voted to build the Harlow dam. The reservoir behind"
                  + " the dam will flood the mill road upstream of Harlow. Voss welcomed the vote"
                  + " and promised the dam would protect the town from floods.")
          .published("2031-04-01")
          .entity("Harlow", EntityType.LOCATION, "Harlow")
          .entity("Voss", EntityType.PERSON, "Voss")
          .build();
  private static final AnalyzedArticle DAM_C =
      article(
              "dam-c",
              "Farmers upstream of the planned Harlow dam say the reservoir will flood their"
                  + " fields. The Corran valley council approved the dam despite their protest.")
          .title("Farmers protest Harlow dam")
          .entity("Harlow", EntityType.LOCATION, "Harlow")
          .build();
  private static final AnalyzedArticle BAKERY_A =
      article(
              "bakery-a",
              "A bakery in Port Selwyn won the national sourdough prize on Saturday. Judges praised"
                  + " the crust of its rye loaf and the bakery's wood oven.")
          .title("Port Selwyn bakery wins sourdough prize")
          .published("2031-04-01")
          .entity("Port Selwyn", EntityType.LOCATION, "Port Selwyn")
          .build();
  private static final AnalyzedArticle BAKERY_B =
      article(
              "bakery-b",
              "The sourdough prize went to a small bakery from Port Selwyn. Its rye loaf, baked in"
                  + " a wood oven, impressed the judges.")
          .published("2031-04-03")
          .entity("Port Selwyn", EntityType.LOCATION, "Port Selwyn")
          .build();

  private final StoryClusterer clusterer = StoryClusterer.standard();

  @Test
  void twoUnrelatedStoriesEndInDifferentClusters() {
    List<Story> stories = clusterer.cluster(List.of(DAM_A, BAKERY_A, DAM_B, BAKERY_B, DAM_C));

    assertThat(stories).extracting(Story::id).containsExactly("s1", "s2");
    assertThat(stories.get(0).articles()).containsExactlyInAnyOrder("dam-a", "dam-b", "dam-c");
    assertThat(stories.get(1).articles()).containsExactlyInAnyOrder("bakery-a", "bakery-b");
  }

  @Test
  void storyIdsFollowTheFirstArticleOfEachStory() {
    List<Story> stories = clusterer.cluster(List.of(BAKERY_A, DAM_A, BAKERY_B, DAM_B));

    assertThat(stories.get(0).articles()).contains("bakery-a");
    assertThat(stories.get(1).articles()).contains("dam-a");
  }

  @Test
  void articlesOfAStoryAreInTimeOrderWithUndatedLast() {
    Story dam = clusterer.cluster(List.of(DAM_C, DAM_A, DAM_B)).get(0);

    assertThat(dam.articles()).containsExactly("dam-b", "dam-a", "dam-c");
    assertThat(dam.first()).contains(LocalDate.parse("2031-04-01"));
    assertThat(dam.last()).contains(LocalDate.parse("2031-04-02"));
  }

  @Test
  void titleComesFromATitledArticleOfTheStory() {
    Story dam = clusterer.cluster(List.of(DAM_A, DAM_B, DAM_C)).get(0);

    assertThat(dam.title())
        .isIn("Corran council approves Harlow dam", "Farmers protest Harlow dam");
  }

  @Test
  void untitledStoryTakesItsFirstSentenceCutShort() {
    Story story =
        new EventStoryClusterer(StoryClusterConfig.defaults().withTitleWords(5))
            .cluster(List.of(DAM_B))
            .get(0);

    assertThat(story.title()).isEqualTo("Councillors in the Corran valley …");
    assertThat(story.first()).contains(LocalDate.parse("2031-04-01"));
  }

  @Test
  void undatedStoryHasNoDateRange() {
    Story story = clusterer.cluster(List.of(DAM_C)).get(0);

    assertThat(story.first()).isEqualTo(Optional.empty());
    assertThat(story.last()).isEqualTo(Optional.empty());
  }

  @Test
  void sameInputGivesTheSameStories() {
    List<AnalyzedArticle> input = List.of(DAM_A, BAKERY_A, DAM_B, BAKERY_B, DAM_C);

    assertThat(clusterer.cluster(input)).isEqualTo(clusterer.cluster(input));
  }

  @Test
  void aVeryHighThresholdKeepsEveryArticleAlone() {
    List<Story> stories =
        new EventStoryClusterer(
                StoryClusterConfig.defaults()
                    .withThreshold(1.0)
                    .withMergeThreshold(1.0)
                    .withFragmentMergeThreshold(1.0))
            .cluster(List.of(DAM_A, DAM_B, BAKERY_A));

    assertThat(stories)
        .extracting(Story::articles)
        .containsExactly(List.of("dam-a"), List.of("dam-b"), List.of("bakery-a"));
  }

  /** Join and merge thresholds that only copies and the fragment rule can pass. */
  private static final StoryClusterConfig FRAGMENTS_ONLY =
      StoryClusterConfig.defaults()
          .withThreshold(1.0)
          .withMergeThreshold(1.0)
          .withFragmentMergeThreshold(0.01);

  @Test
  void aFragmentThatNothingContradictsMergesIntoALargerStoryAtTheFragmentThreshold() {
    List<AnalyzedArticle> input = new java.util.ArrayList<>(copies("Ilse Marrow"));
    input.add(
        article(
                "marrow-short",
                "Commuters crossed the Corran valley bridge for the first time. Ilse Marrow watched.")
            .entity("Ilse Marrow", EntityType.PERSON, "Ilse Marrow")
            .build());

    assertThat(new EventStoryClusterer(FRAGMENTS_ONLY).cluster(input)).hasSize(1);
    assertThat(
            new EventStoryClusterer(FRAGMENTS_ONLY.withFragmentMergeThreshold(1.0)).cluster(input))
        .hasSize(2);
  }

  @Test
  void twoFragmentsDoNotMergeAtTheFragmentThreshold() {
    assertThat(new EventStoryClusterer(FRAGMENTS_ONLY).cluster(List.of(DAM_A, DAM_B))).hasSize(2);
  }

  @Test
  void aFragmentWhoseLeadNamesAnotherProtagonistDoesNotMergeAtTheFragmentThreshold() {
    List<AnalyzedArticle> input = new java.util.ArrayList<>(copies("Ilse Marrow"));
    input.add(opening("brede", "Tomas Brede", "The band played."));

    // Half the usual cut for a contradiction: the pair stays far above 0.01, so only the
    // fragment rule's own condition keeps it apart.
    assertThat(new EventStoryClusterer(FRAGMENTS_ONLY.withLeadConflict(0.5)).cluster(input))
        .hasSize(2);
  }

  /** Four copies of one report (near-duplicates join one story whatever the thresholds). */
  private static List<AnalyzedArticle> copies(String mayor) {
    return List.of(
        opening("copy-1", mayor, "The band played."),
        opening("copy-2", mayor, "It rained."),
        opening("copy-3", mayor, "Tolls end in May."),
        opening("copy-4", mayor, "Buses follow."));
  }

  private static AnalyzedArticle opening(String id, String mayor, String tail) {
    String surname = mayor.substring(mayor.indexOf(' ') + 1);
    return article(
            id,
            "Mayor "
                + mayor
                + " opened the new Corran valley bridge on Friday. "
                + surname
                + " cut the ribbon before a crowd of commuters. "
                + surname
                + " said the bridge would halve the trip to Harlow. "
                + tail)
        .entity(mayor, EntityType.PERSON, mayor)
        .entity(surname, EntityType.PERSON, mayor)
        .build();
  }

  @Test
  void noArticlesGiveNoStories() {
    assertThat(clusterer.cluster(List.of())).isEmpty();
  }

  @Test
  void duplicateArticleIdsAreRejected() {
    assertThatThrownBy(() -> clusterer.cluster(List.of(DAM_A, DAM_A)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dam-a");
  }

  @Test
  void aThresholdOutOfRangeIsRejected() {
    assertThatThrownBy(() -> StoryClusterConfig.defaults().withThreshold(0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold");
  }
}

package org.triangulate.server.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Brief;
import org.triangulate.model.Document;
import org.triangulate.server.TestCorpora;

class CorpusTest {
  @TempDir Path dir;

  private static List<Document> generated(int from, int to) {
    List<Document> documents = new ArrayList<>();
    for (int n = from; n < to; n++) {
      documents.add(TestCorpora.generated(n));
    }
    return documents;
  }

  @Test
  void addedArticlesAreGroupedIntoStoriesAndSurviveReopening() throws Exception {
    List<Brief> before;
    try (Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2)) {
      List<AddOutcome> outcomes = corpus.add(generated(0, 9), ids -> {});
      assertThat(outcomes).extracting(AddOutcome::status).containsOnly(AddOutcome.Status.ADDED);
      assertThat(corpus.snapshot().storyCount()).isEqualTo(3);
      assertThat(corpus.snapshot().storyOf("gen-0")).isEqualTo(corpus.snapshot().storyOf("gen-2"));
      assertThat(corpus.problems()).isEmpty();
      before = corpus.snapshot().stories();
    }
    try (Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2)) {
      assertThat(corpus.snapshot().articleCount()).isEqualTo(9);
      assertThat(corpus.snapshot().stories()).isEqualTo(before);
      assertThat(corpus.recovery()).isEqualTo(new Corpus.Recovery(0, 0, 0));
    }
  }

  @Test
  void addingTheSameIdOrTheSameContentAgainAddsNothing() throws Exception {
    try (Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2)) {
      corpus.add(generated(0, 3), ids -> {});
      Document original = TestCorpora.generated(1);
      Document copy =
          new Document(
              "copy-of-gen-1",
              "test:copy",
              original.kind(),
              original.content().replace("\n\n", "\n\n  "),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      List<AddOutcome> outcomes = corpus.add(List.of(original, copy), ids -> {});
      assertThat(outcomes)
          .extracting(AddOutcome::status)
          .containsExactly(AddOutcome.Status.DUPLICATE, AddOutcome.Status.DUPLICATE);
      assertThat(outcomes.get(1).detail()).contains("gen-1");
      assertThat(corpus.snapshot().articleCount()).isEqualTo(3);
    }
  }

  @Test
  void aNewArticleJoinsItsExistingStoryWhichIsCorroboratedAgain() throws Exception {
    try (Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2)) {
      corpus.add(generated(0, 2), ids -> {});
      corpus.add(generated(3, 6), ids -> {});
      String story = corpus.snapshot().storyOf("gen-0").orElseThrow();
      Brief before = corpus.snapshot().story(story).orElseThrow();
      List<String> acknowledged = new ArrayList<>();
      corpus.add(List.of(TestCorpora.generated(2)), acknowledged::addAll);
      assertThat(acknowledged).containsExactly("gen-2");
      assertThat(corpus.snapshot().storyOf("gen-2")).contains(story);
      Brief after = corpus.snapshot().story(story).orElseThrow();
      assertThat(after.story().articles()).containsExactlyInAnyOrder("gen-0", "gen-1", "gen-2");
      assertThat(after.coverage()).hasSizeGreaterThan(before.coverage().size());
      assertThat(corpus.snapshot().storyCount()).isEqualTo(2);
    }
  }

  @Test
  void searchFindsTheStoriesWhoseArticlesHoldEveryWord() throws Exception {
    try (Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2)) {
      corpus.add(generated(0, 6), ids -> {});
      String brindle = corpus.snapshot().storyOf("gen-0").orElseThrow();
      assertThat(corpus.snapshot().search("brindle SUSPENSION", 10))
          .extracting(StorySummary::id)
          .containsExactly(brindle);
      assertThat(corpus.snapshot().search("brindle sawdust", 10)).isEmpty();
      assertThat(corpus.snapshot().search("", 10)).isEmpty();
    }
  }
}

package org.triangulate.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corroborate.Corroborator;
import org.triangulate.ingest.NoArticleException;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Brief;
import org.triangulate.model.Report;
import org.triangulate.model.Skipped;
import org.triangulate.model.Story;

class PipelineTest {
  @TempDir Path temp;

  private final List<Skipped> heardSkipped = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private final Pipeline.Listener listener =
      new Pipeline.Listener() {
        @Override
        public synchronized void skipped(Skipped skipped) {
          heardSkipped.add(skipped);
        }

        @Override
        public synchronized void warning(String message) {
          warnings.add(message);
        }
      };

  private static Article articleOf(String id, String text) {
    return new Article(
        id,
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        "en",
        text,
        List.of());
  }

  private static AnalyzedArticle bare(Article article) {
    return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Story oneStory(List<AnalyzedArticle> articles) {
    return new Story(
        "s1",
        "all",
        articles.stream().map(AnalyzedArticle::id).toList(),
        Optional.empty(),
        Optional.empty());
  }

  private Path threeFiles() throws Exception {
    Files.writeString(temp.resolve("a.txt"), "Alpha headline\n\nAlpha body sentence one.\n");
    Files.writeString(temp.resolve("b.txt"), "Beta headline\n\nBeta body sentence one.\n");
    Files.writeString(temp.resolve("c.txt"), "Gamma headline\n\nGamma body sentence one.\n");
    return temp;
  }

  @Test
  void anArticleWhoseAnalysisFailsIsKeptBareAndWarnedAbout() throws Exception {
    Pipeline.Stages stages =
        new Pipeline.Stages(
            document -> articleOf(document.id(), document.content()),
            article -> {
              if (article.id().equals("b")) {
                throw new IllegalStateException("boom");
              }
              return bare(article);
            },
            articles -> List.of(oneStory(articles)),
            Corroborator.standard());
    Report report =
        new Pipeline(stages, 2, new RunStats(), Progress.none(), listener)
            .analyze(List.of(threeFiles()), "triangulate test");
    assertThat(report.articles()).extracting(AnalyzedArticle::id).containsExactly("a", "b", "c");
    assertThat(warnings).singleElement().asString().contains("b").contains("boom");
  }

  @Test
  void aDocumentWithNoArticleIsSkippedWithItsReasonInInputOrder() throws Exception {
    Pipeline.Stages stages =
        new Pipeline.Stages(
            document -> {
              if (document.id().equals("a")) {
                throw new NoArticleException(document.source(), "only boilerplate");
              }
              return articleOf(document.id(), document.content());
            },
            PipelineTest::bare,
            articles -> List.of(oneStory(articles)),
            (story, articles) -> Brief.of(story));
    Pipeline.Extraction extraction =
        new Pipeline(stages, 2, new RunStats(), Progress.none(), listener)
            .extract(List.of(threeFiles()));
    assertThat(extraction.articles()).extracting(Article::id).containsExactly("b", "c");
    assertThat(extraction.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source()).endsWith("a.txt");
              assertThat(s.reason()).isEqualTo("only boilerplate");
            });
    assertThat(heardSkipped).isEqualTo(extraction.skipped());
  }

  @Test
  void everyStageIsTimedAndCounted() throws Exception {
    RunStats stats = new RunStats();
    Pipeline.Stages stages =
        new Pipeline.Stages(
            document -> articleOf(document.id(), document.content()),
            PipelineTest::bare,
            articles -> List.of(oneStory(articles)),
            (story, articles) -> Brief.of(story));
    new Pipeline(stages, 1, stats, Progress.none(), listener)
        .analyze(List.of(threeFiles()), "triangulate test");
    assertThat(stats.stages())
        .extracting(RunStats.StageTime::stage)
        .containsExactly("read", "ingest", "analyze", "cluster", "corroborate");
    assertThat(stats.stages()).allSatisfy(s -> assertThat(s.nanos()).isNotNegative());
    assertThat(stats.counts()).containsEntry("articles", 3L).containsEntry("stories", 1L);
  }

  @Test
  void aDuplicateIdIsRenamedAndNothingIsLost() throws Exception {
    Files.createDirectories(temp.resolve("one"));
    Files.createDirectories(temp.resolve("two"));
    Files.writeString(temp.resolve("one/x.txt"), "First headline\n\nThe first text is here.\n");
    Files.writeString(temp.resolve("two/x.txt"), "Second headline\n\nThe second text is here.\n");
    Pipeline.Stages stages =
        new Pipeline.Stages(
            document -> articleOf(document.id(), document.content()),
            PipelineTest::bare,
            articles -> List.of(oneStory(articles)),
            (story, articles) -> Brief.of(story));
    Pipeline.Extraction extraction =
        new Pipeline(stages, 1, new RunStats(), Progress.none(), listener).extract(List.of(temp));
    assertThat(extraction.articles()).extracting(Article::id).containsExactly("x", "x-2");
    assertThat(warnings).singleElement().asString().contains("x-2");
  }
}

package org.triangulate.server.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.AnalyzedArticle;

/**
 * Kills an ingesting process with SIGKILL part way, reopens its store, and checks that every
 * article it acknowledged is there and the store is whole.
 */
class CrashTest {
  private static final int COUNT = 120;

  @TempDir Path dir;

  /** Runs the child until it has acknowledged {@code killAfter} articles (or ends); its acks. */
  private List<String> runChild(int killAfter) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(),
                dir.toString(),
                Integer.toString(COUNT),
                "4")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> acknowledged = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("stored ")) {
          acknowledged.add(line.substring("stored ".length()));
          if (acknowledged.size() >= killAfter) {
            child.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return acknowledged;
  }

  @Test
  void everyAcknowledgedArticleSurvivesSigkillAndTheStoreReopensWhole() throws Exception {
    Set<String> acknowledged = new HashSet<>();
    for (int killAfter : new int[] {9, 37}) {
      acknowledged.addAll(runChild(killAfter));
      try (Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2)) {
        Set<String> stored = new HashSet<>();
        corpus.snapshot().articles().forEach(a -> stored.add(a.id()));
        assertThat(stored).containsAll(acknowledged);
        assertThat(corpus.problems()).isEmpty();
        System.out.printf(
            "crash test: killed after %d acknowledged, reopened with %d stored, %s%n",
            acknowledged.size(), stored.size(), corpus.recovery());
      }
    }
    List<String> rest = runChild(Integer.MAX_VALUE);
    assertThat(rest).doesNotContainAnyElementsOf(acknowledged);
    try (Corpus corpus = Corpus.open(dir, CorpusStages.standard(), 2)) {
      assertThat(corpus.snapshot().articles()).extracting(AnalyzedArticle::id).hasSize(COUNT);
      assertThat(corpus.problems()).isEmpty();
    }
  }
}

package org.triangulate.corroborate.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.triangulate.corroborate.Corroborator;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Story;

/**
 * The corroboration benchmark: times {@link Corroborator#standard()} on generated stories of
 * several sizes ({@link StoryGenerator}) and prints one row per size: articles, claims-bearing
 * sentences, median milliseconds per story over the timed runs. Run with {@code java -cp <test
 * classpath> org.triangulate.corroborate.bench.CorroborationBenchmark [SIZE...]}. Not a test; not
 * thread-safe.
 */
public final class CorroborationBenchmark {
  private static final int SENTENCES = 12;
  private static final int WARM_UP = 1;
  private static final int RUNS = 3;

  private CorroborationBenchmark() {}

  /** Times the sizes given in {@code args} (articles per story), or 50, 200 and 500. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int[] sizes =
        args.length == 0
            ? new int[] {50, 200, 500}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    Corroborator corroborator = Corroborator.standard();
    out.println("articles | sentences | ms per story (median of " + RUNS + ") | ms per article");
    for (int size : sizes) {
      List<AnalyzedArticle> articles = new StoryGenerator(size).articles(size, SENTENCES);
      Story story =
          new Story(
              "s1",
              "Flood in Dunmere",
              articles.stream().map(AnalyzedArticle::id).toList(),
              Optional.empty(),
              Optional.empty());
      long[] times = new long[RUNS];
      for (int run = 0; run < WARM_UP + RUNS; run++) {
        long start = System.nanoTime();
        corroborator.corroborate(story, articles);
        if (run >= WARM_UP) {
          times[run - WARM_UP] = System.nanoTime() - start;
        }
      }
      java.util.Arrays.sort(times);
      double ms = times[RUNS / 2] / 1e6;
      out.printf(Locale.ROOT, "%d | %d | %.0f | %.2f%n", size, size * SENTENCES, ms, ms / size);
    }
  }
}

package org.triangulate.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.triangulate.ingest.html.HtmlExtractor;

/**
 * Measures article extraction speed in pages per second: ours ({@link HtmlExtractor}) and
 * boilerpipe's {@code ArticleExtractor} on one thread and on all cores, then Mozilla Readability.js
 * on node (one process, one thread) when {@code bench/readability-js} is installed.
 *
 * <p>Each tool first runs over the pages for a warm-up period, then for a measured period; a row
 * {@code tool threads pages/s} is printed per run. Usage: {@code ExtractionBench FOLDER [SECONDS]}
 * with a folder of {@code .html} or {@code .html.gz} pages. Not thread-safe; a command-line tool.
 */
public final class ExtractionBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private ExtractionBench() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ExtractionBench FOLDER [SECONDS]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    List<String> pages = readPages(folder);
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "# %d pages from %s, %.0f s warm-up and measure%n",
        pages.size(),
        folder,
        seconds);
    System.out.printf(
        Locale.ROOT, "%-16s %7s %10s %12s%n", "tool", "threads", "pages/s", "pages/cpu-s");
    HtmlExtractor ours = new HtmlExtractor();
    ToIntFunction<String> oursRun =
        html -> ours.extract(html, Optional.empty(), Optional.empty()).text().length();
    ToIntFunction<String> boilerpipe = ExtractionBench::boilerpipe;
    for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
      row("triangulate", threads, measure(pages, oursRun, threads, seconds));
      row("boilerpipe", threads, measure(pages, boilerpipe, threads, seconds));
    }
    ReadabilityJs.run(folder, seconds)
        .ifPresent(rate -> row("readability.js", 1, new Rate(rate, Double.NaN)));
  }

  /** Pages per second of wall time, and per second of the workers' CPU time. */
  record Rate(double wall, double cpu) {}

  private static int boilerpipe(String html) {
    try {
      return ArticleExtractor.INSTANCE.getText(html).length();
    } catch (BoilerpipeProcessingException | RuntimeException e) {
      return 0; // a peer's failure on one page is not ours to report; it still took its time
    }
  }

  private static void row(String tool, int threads, Rate rate) {
    System.out.printf(
        Locale.ROOT, "%-16s %7d %10.1f %12.1f%n", tool, threads, rate.wall(), rate.cpu());
  }

  /** Pages per second over a measured period that follows a warm-up period of the same length. */
  static Rate measure(List<String> pages, ToIntFunction<String> tool, int threads, double seconds)
      throws Exception {
    run(pages, tool, threads, seconds);
    return run(pages, tool, threads, seconds);
  }

  private static Rate run(
      List<String> pages, ToIntFunction<String> tool, int threads, double seconds)
      throws Exception {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  long cpuStart = CPU.getCurrentThreadCpuTime();
                  long count = 0;
                  int sink = 0;
                  while (System.nanoTime() < deadline) {
                    sink += tool.applyAsInt(pages.get(next.getAndIncrement() % pages.size()));
                    count++;
                  }
                  long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
                  return new long[] {sink >= 0 ? count : -count, cpu};
                }));
      }
      long count = 0;
      long cpu = 0;
      for (Future<long[]> f : done) {
        long[] result = f.get();
        count += Math.abs(result[0]);
        cpu += result[1];
      }
      return new Rate(count / ((System.nanoTime() - start) / 1e9), count / (cpu / 1e9));
    } finally {
      pool.shutdown();
    }
  }

  static List<String> readPages(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
          .sorted()
          .map(ExtractionBench::read)
          .toList();
    }
  }

  private static String read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      InputStream body = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}

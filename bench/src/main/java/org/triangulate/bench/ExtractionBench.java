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
 * <p>Each Java tool first runs over the pages for a warm-up period; then the measured period is cut
 * into {@value #ROUNDS} rounds, ours and boilerpipe taking turns, so that both see the same load of
 * a shared machine. A row {@code tool threads pages/s pages/cpu-s} gives the median round: pages
 * per second of wall time and per second of the worker threads' CPU time (which leaves out the
 * garbage collector's threads). A comment line gives the median of the rounds' speed ratios. Usage:
 * {@code ExtractionBench FOLDER [SECONDS]} with a folder of {@code .html} or {@code .html.gz}
 * pages. Not thread-safe; a command-line tool.
 */
public final class ExtractionBench {
  private static final int ROUNDS = 5;
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
      run(pages, oursRun, threads, seconds); // warm-up
      run(pages, boilerpipe, threads, seconds);
      List<Rate> oursRates = new ArrayList<>();
      List<Rate> peerRates = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) { // interleaved: both see the same load
        oursRates.add(run(pages, oursRun, threads, seconds / ROUNDS));
        peerRates.add(run(pages, boilerpipe, threads, seconds / ROUNDS));
      }
      row("triangulate", threads, median(oursRates));
      row("boilerpipe", threads, median(peerRates));
      List<Double> ratios = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        ratios.add(oursRates.get(round).wall() / peerRates.get(round).wall());
      }
      System.out.printf(
          Locale.ROOT,
          "# ratio triangulate/boilerpipe, %d threads: %.2f%n",
          threads,
          middle(ratios));
    }
    ReadabilityJs.run(folder, seconds)
        .ifPresent(rate -> row("readability.js", 1, new Rate(rate, Double.NaN)));
  }

  /** The median of each column. */
  private static Rate median(List<Rate> rates) {
    return new Rate(
        middle(rates.stream().map(Rate::wall).toList()),
        middle(rates.stream().map(Rate::cpu).toList()));
  }

  private static double middle(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
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
    String cpu = Double.isNaN(rate.cpu()) ? "-" : String.format(Locale.ROOT, "%.1f", rate.cpu());
    System.out.printf(Locale.ROOT, "%-16s %7d %10.1f %12s%n", tool, threads, rate.wall(), cpu);
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

package org.triangulate.nlp.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.nlp.ArticleAnalyzer;
import org.triangulate.nlp.entity.RuleEntityRecognizer;
import org.triangulate.nlp.internal.Tokenizer;

/**
 * The benchmark of the analysis stage (sentences, entities, quotes, quantities, dates) over a
 * folder of plain-text articles: tokens and articles per second on one thread and on two, and the
 * peak heap of each run, with the CPU time the workers used (the machine may be shared: articles
 * per CPU-second is what one free core would give); then, as the reference, CoreNLP's default
 * pipeline ({@code tokenize,ssplit,pos,lemma,ner}) on one thread over the same texts (or their
 * first {@code reference-limit}).
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl nlp -am package dependency:build-classpath -DskipTests \
 *   -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp nlp/target/test-classes:nlp/target/classes:$(cat nlp/target/cp.txt) \
 *   org.triangulate.nlp.bench.EntityStageBenchmark TEXT_DIR [reference-limit]
 * </pre>
 *
 * <p>Each row runs once over every text after one warm-up pass of our stage. Not thread-safe; a
 * command-line tool.
 */
public final class EntityStageBenchmark {
  private static final Set<String> FAILURES = ConcurrentHashMap.newKeySet();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final AtomicLong CPU_NANOS = new AtomicLong();

  private EntityStageBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: EntityStageBenchmark TEXT_DIR [reference-limit]");
      System.exit(2);
    }
    List<Article> articles = read(Path.of(args[0]));
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : articles.size();
    long tokens = 0;
    for (Article a : articles) {
      tokens += Tokenizer.tokens(a.text(), 0, a.text().length()).size();
    }
    System.out.printf(Locale.ROOT, "%d articles, %d tokens (ours)%n", articles.size(), tokens);

    ArticleAnalyzer crf = new ArticleAnalyzer();
    ArticleAnalyzer rules = new ArticleAnalyzer(new RuleEntityRecognizer());
    run(articles, crf::analyze, 2); // warm-up
    header();
    List<AnalyzedArticle> one = row("ours (CoreNLP CRF)", articles, tokens, crf::analyze, 1);
    List<AnalyzedArticle> two = row("ours (CoreNLP CRF)", articles, tokens, crf::analyze, 2);
    System.out.println("two threads give the same analyses as one: " + one.equals(two));
    System.out.println("articles whose analysis failed: " + new TreeSet<>(FAILURES));
    run(articles, rules::analyze, 2); // warm-up
    row("ours (rules, fallback)", articles, tokens, rules::analyze, 1);
    row("ours (rules, fallback)", articles, tokens, rules::analyze, 2);

    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    List<Article> some = articles.subList(0, Math.min(limit, articles.size()));
    AtomicInteger corenlpTokens = new AtomicInteger();
    Function<Article, Integer> reference =
        a -> {
          Annotation doc = new Annotation(a.text());
          pipeline.annotate(doc);
          int n = doc.get(CoreAnnotations.TokensAnnotation.class).size();
          corenlpTokens.addAndGet(n);
          return n;
        };
    reference.apply(some.get(0)); // load and warm up
    corenlpTokens.set(0);
    resetPeaks();
    long t0 = System.nanoTime();
    run(some, reference, 1);
    print("CoreNLP default pipeline", 1, some.size(), corenlpTokens.get(), System.nanoTime() - t0);
  }

  private static List<Article> read(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String id = p.getFileName().toString();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        out.add(
            new Article(
                id,
                id,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                "en",
                text,
                List.of()));
      }
    }
    return out;
  }

  private static void header() {
    System.out.printf(
        Locale.ROOT,
        "%-28s %7s %8s %9s %8s %10s %10s %8s %14s %12s%n",
        "stage",
        "threads",
        "articles",
        "tokens",
        "seconds",
        "tokens/s",
        "articles/s",
        "cpu s",
        "articles/cpu-s",
        "peak heap MB");
  }

  private static <T> List<T> row(
      String name, List<Article> articles, long tokens, Function<Article, T> stage, int threads)
      throws Exception {
    resetPeaks();
    long t0 = System.nanoTime();
    List<T> out = run(articles, stage, threads);
    print(name, threads, articles.size(), tokens, System.nanoTime() - t0);
    return out;
  }

  private static void print(String name, int threads, int articles, long tokens, long nanos) {
    double s = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-28s %7d %8d %9d %8.1f %10.0f %10.1f %8.1f %14.1f %12.0f%n",
        name,
        threads,
        articles,
        tokens,
        s,
        tokens / s,
        articles / s,
        CPU_NANOS.get() / 1e9,
        articles / (CPU_NANOS.get() / 1e9),
        peakHeap() / 1e6);
  }

  private static <T> List<T> run(List<Article> articles, Function<Article, T> stage, int threads)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> apply(stage, a)));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  /** The stage's result, or null when it fails (as the command does, the run goes on). */
  private static <T> T apply(Function<Article, T> stage, Article a) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      return stage.apply(a);
    } catch (RuntimeException e) {
      FAILURES.add(a.id() + ": " + e);
      return null;
    } finally {
      CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
    }
  }

  private static void resetPeaks() {
    CPU_NANOS.set(0);
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}

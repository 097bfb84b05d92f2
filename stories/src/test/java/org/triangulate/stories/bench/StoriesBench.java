package org.triangulate.stories.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.model.Story;
import org.triangulate.stories.IncrementalStoryClusterer;
import org.triangulate.stories.StoryClusterConfig;

/**
 * Measures the cost of incremental story clustering on synthetic corpora of growing size (see
 * {@link SyntheticArticles}): articles per second, and the peak heap of the run, at each size.
 *
 * <p>Usage: {@code StoriesBench ARTICLES [SIZE...]}; sizes default to 10000 30000 100000. Each size
 * is a fresh run; the time covers every {@code add} and the final pass, not the making of the
 * synthetic articles. Peak heap is the sum of the heap pools' peak usage since the run began (it
 * includes garbage not yet collected, so it over-states what is live); retained is the heap in use
 * after a full collection at the end, with the clusterer still reachable.
 */
public final class StoriesBench {
  private StoriesBench() {}

  public static void main(String[] args) {
    SyntheticArticles corpus = new SyntheticArticles(EvaluationCorpus.read(Path.of(args[0])));
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 30_000, 100_000);
    }
    System.out.println("articles  seconds  articles/s  peak-heap-MB  retained-MB  stories");
    for (int size : sizes) {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      IncrementalStoryClusterer clusterer =
          new IncrementalStoryClusterer(StoryClusterConfig.defaults());
      long nanos = 0;
      for (int n = 0; n < size; n++) {
        var article = corpus.get(n);
        long start = System.nanoTime();
        clusterer.add(article);
        nanos += System.nanoTime() - start;
      }
      long start = System.nanoTime();
      List<Story> stories = clusterer.stories();
      nanos += System.nanoTime() - start;
      long peak = peakHeap();
      System.gc();
      long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      double seconds = nanos / 1e9;
      System.out.println(
          String.format(
              Locale.ROOT,
              "%8d  %7.1f  %10.0f  %12d  %11d  %7d",
              size,
              seconds,
              size / seconds,
              peak >> 20,
              retained >> 20,
              stories.size()));
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}

package org.triangulate.stories.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Story;
import org.triangulate.stories.EventStoryClusterer;
import org.triangulate.stories.StoryClusterConfig;

/**
 * Scores story clustering on a labelled set with the rules of {@code stories_score.py} (BCubed and
 * pairwise F1), over a small grid of settings: a tuning aid, not a test.
 *
 * <p>Usage: {@code StoriesDevScore ARTICLES GOLD [seed,seed,...]} (a seed {@code -} keeps the input
 * order).
 */
public final class StoriesDevScore {
  private StoriesDevScore() {}

  public static void main(String[] args) throws Exception {
    List<AnalyzedArticle> articles = EvaluationCorpus.read(Path.of(args[0]));
    Map<String, String> gold = EvaluationCorpus.gold(Path.of(args[1]));
    List<List<AnalyzedArticle>> orders = new ArrayList<>();
    if (args.length > 2) {
      for (String seed : args[2].split(",")) {
        List<AnalyzedArticle> shuffled = new ArrayList<>(articles);
        if (!seed.equals("-")) {
          Collections.shuffle(shuffled, new Random(Long.parseLong(seed)));
        }
        orders.add(shuffled);
      }
    } else {
      orders.add(articles);
    }
    String grid = System.getProperty("grid", "");
    List<StoryClusterConfig> configs = new ArrayList<>();
    StoryClusterConfig base = StoryClusterConfig.defaults();
    if (grid.isEmpty()) {
      configs.add(base);
    } else {
      for (String cell : grid.split(";")) {
        String[] v = cell.split(",");
        configs.add(
            base.withThreshold(Double.parseDouble(v[0]))
                .withMergeThreshold(Double.parseDouble(v[1]))
                .withWeights(
                    Double.parseDouble(v[2]), Double.parseDouble(v[3]), Double.parseDouble(v[4]))
                .withIdentityShare(Double.parseDouble(v[5]))
                .withYearConflict(Double.parseDouble(v[6]))
                .withLeadConflict(v.length > 7 ? Double.parseDouble(v[7]) : base.leadConflict())
                .withFragmentMergeThreshold(
                    v.length > 8 ? Double.parseDouble(v[8]) : base.fragmentMergeThreshold()));
      }
    }
    for (StoryClusterConfig config : configs) {
      for (List<AnalyzedArticle> order : orders) {
        report(config, gold, new EventStoryClusterer(config).cluster(order));
      }
    }
  }

  private static void report(
      StoryClusterConfig config, Map<String, String> gold, List<Story> stories) {
    if (Boolean.getBoolean("detail")) {
      for (Story story : stories) {
        Map<String, Integer> labels = new java.util.TreeMap<>();
        story.articles().forEach(id -> labels.merge(gold.getOrDefault(id, "?"), 1, Integer::sum));
        if (labels.size() == 1 && story.articles().size() < 5) {
          System.out.println("  small " + story.id() + " " + labels + " " + story.title());
        }
        if (labels.size() > 1) {
          System.out.println("  mixed " + story.id() + " " + labels + " " + story.title());
        }
      }
      Map<String, Map<String, Integer>> spread = new java.util.TreeMap<>();
      for (Story story : stories) {
        for (String id : story.articles()) {
          spread
              .computeIfAbsent(gold.getOrDefault(id, "?"), k -> new java.util.TreeMap<>())
              .merge(story.id(), 1, Integer::sum);
        }
      }
      spread.forEach(
          (label, parts) -> {
            if (parts.size() > 1) {
              System.out.println("  split " + label + " " + parts);
            }
          });
    }
    {
      System.out.println(
          String.format(
              Locale.ROOT,
              "t %.3f m %.3f f %.3f names %.2f time %.2f qty %.2f id %.2f yc %.2f lc %.2f  %s",
              config.threshold(),
              config.mergeThreshold(),
              config.fragmentMergeThreshold(),
              config.nameWeight(),
              config.timeWeight(),
              config.quantityWeight(),
              config.identityShare(),
              config.yearConflict(),
              config.leadConflict(),
              score(gold, stories)));
    }
  }

  static String score(Map<String, String> gold, List<Story> stories) {
    Map<String, Integer> predicted = new HashMap<>();
    int next = 0;
    for (Story story : stories) {
      for (String id : story.articles()) {
        if (gold.containsKey(id)) {
          predicted.putIfAbsent(id, next);
        }
      }
      next++;
    }
    for (String id : gold.keySet()) {
      if (!predicted.containsKey(id)) {
        predicted.put(id, next++);
      }
    }
    Map<Integer, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String id : gold.keySet()) {
      clusterSize.merge(predicted.get(id), 1, Integer::sum);
      goldSize.merge(gold.get(id), 1, Integer::sum);
      both.merge(predicted.get(id) + "\u0000" + gold.get(id), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String id : gold.keySet()) {
      int shared = both.get(predicted.get(id) + "\u0000" + gold.get(id));
      p += (double) shared / clusterSize.get(predicted.get(id));
      r += (double) shared / goldSize.get(gold.get(id));
    }
    p /= gold.size();
    r /= gold.size();
    long tp = both.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    long predPairs = clusterSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    long goldPairs = goldSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
    double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
    return String.format(
        Locale.ROOT,
        "bcubed F1 %.3f P %.3f R %.3f pairwise F1 %.3f clusters %d/%d",
        f1(p, r),
        p,
        r,
        f1(pp, pr),
        clusterSize.size(),
        goldSize.size());
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}

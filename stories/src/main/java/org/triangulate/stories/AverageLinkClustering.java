package org.triangulate.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Average-link agglomerative clustering cut at a similarity threshold, by the nearest-neighbour
 * chain algorithm: O(n²) time on an n×n similarity matrix.
 *
 * <p>Average link is reducible (merging two groups never brings the result closer to a third than
 * the closer of the two was), so the chain finds the same merges as the greedy "merge the most
 * similar pair" procedure, and a group whose best neighbour is below the threshold can be set aside
 * for good. Ties go to the lower index, which makes the result deterministic. Stateless and safe to
 * share across threads.
 */
final class AverageLinkClustering {
  private AverageLinkClustering() {}

  /**
   * Clusters items {@code 0..n-1}.
   *
   * @param sim a symmetric similarity matrix; it is overwritten
   * @param threshold the least average similarity at which two groups merge
   * @return the groups, each sorted, ordered by their first item
   */
  static List<List<Integer>> cluster(float[][] sim, double threshold) {
    int n = sim.length;
    List<List<Integer>> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      members.add(new ArrayList<>(List.of(i)));
    }
    boolean[] open = new boolean[n];
    java.util.Arrays.fill(open, true);
    int[] chain = new int[n];
    int depth = 0;
    int remaining = n;
    while (remaining > 0) {
      if (depth == 0) {
        chain[depth++] = firstOpen(open);
      }
      int top = chain[depth - 1];
      int previous = depth >= 2 ? chain[depth - 2] : -1;
      int best = nearest(sim, open, top, previous);
      if (best < 0 || sim[top][best] < threshold) {
        // Everything on the chain is at least as far from the rest as the top is: all final.
        for (int k = 0; k < depth; k++) {
          open[chain[k]] = false;
          remaining--;
        }
        depth = 0;
      } else if (best == previous) {
        depth -= 2;
        merge(sim, members, open, Math.min(top, best), Math.max(top, best));
        remaining--;
      } else {
        chain[depth++] = best;
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> group : members) {
      if (!group.isEmpty()) {
        group.sort(Comparator.naturalOrder());
        groups.add(List.copyOf(group));
      }
    }
    groups.sort(Comparator.comparing(group -> group.get(0)));
    return groups;
  }

  private static int firstOpen(boolean[] open) {
    for (int i = 0; i < open.length; i++) {
      if (open[i]) {
        return i;
      }
    }
    throw new IllegalStateException("no open group left");
  }

  private static int nearest(float[][] sim, boolean[] open, int from, int previous) {
    int best = -1;
    for (int other = 0; other < open.length; other++) {
      if (other != from && open[other] && (best < 0 || sim[from][other] > sim[from][best])) {
        best = other;
      }
    }
    // A tie with the chain's previous element must close the chain, or it could loop forever.
    if (previous >= 0 && best >= 0 && sim[from][previous] >= sim[from][best]) {
      return previous;
    }
    return best;
  }

  private static void merge(
      float[][] sim, List<List<Integer>> members, boolean[] open, int keep, int drop) {
    int keepSize = members.get(keep).size();
    int dropSize = members.get(drop).size();
    for (int other = 0; other < sim.length; other++) {
      if (open[other] && other != keep && other != drop) {
        float value =
            (float)
                ((keepSize * (double) sim[keep][other] + dropSize * (double) sim[drop][other])
                    / (keepSize + dropSize));
        sim[keep][other] = value;
        sim[other][keep] = value;
      }
    }
    members.get(keep).addAll(members.get(drop));
    members.get(drop).clear();
    open[drop] = false;
  }
}

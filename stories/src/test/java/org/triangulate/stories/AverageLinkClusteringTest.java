package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkClusteringTest {
  private static float[][] matrix(double[][] values) {
    float[][] sim = new float[values.length][values.length];
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < values.length; j++) {
        sim[i][j] = (float) values[i][j];
      }
    }
    return sim;
  }

  @Test
  void closePairsMergeAndDistantItemsStayAlone() {
    float[][] sim =
        matrix(
            new double[][] {
              {0, 0.9, 0.0, 0.1},
              {0.9, 0, 0.0, 0.1},
              {0.0, 0.0, 0, 0.05},
              {0.1, 0.1, 0.05, 0}
            });

    assertThat(AverageLinkClustering.cluster(sim, 0.5))
        .containsExactly(List.of(0, 1), List.of(2), List.of(3));
  }

  @Test
  void averageLinkRefusesAnItemCloseToOnlyOneMemberOfAGroup() {
    // 2 is close to 1 but far from 0: the average of 0.6 and 0.0 is below the cut.
    float[][] sim = matrix(new double[][] {{0, 0.9, 0.0}, {0.9, 0, 0.6}, {0.0, 0.6, 0}});

    assertThat(AverageLinkClustering.cluster(sim, 0.5)).containsExactly(List.of(0, 1), List.of(2));
  }

  @Test
  void averageLinkJoinsAnItemCloseToTheWholeGroup() {
    float[][] sim = matrix(new double[][] {{0, 0.9, 0.6}, {0.9, 0, 0.6}, {0.6, 0.6, 0}});

    assertThat(AverageLinkClustering.cluster(sim, 0.5)).containsExactly(List.of(0, 1, 2));
  }

  @Test
  void tiedSimilaritiesStillEndAndGiveTheSameGroups() {
    float[][] sim = matrix(new double[][] {{0, 0.7, 0.7}, {0.7, 0, 0.7}, {0.7, 0.7, 0}});

    assertThat(AverageLinkClustering.cluster(sim, 0.5)).containsExactly(List.of(0, 1, 2));
  }
}

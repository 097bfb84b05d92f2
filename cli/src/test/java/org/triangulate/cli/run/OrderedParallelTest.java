package org.triangulate.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
  @Test
  void resultsKeepTheOrderOfTheItems() {
    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    try (OrderedParallel parallel = new OrderedParallel(4)) {
      List<Integer> squares = parallel.map(items, i -> i * i);
      assertThat(squares).isEqualTo(items.stream().map(i -> i * i).toList());
    }
  }

  @Test
  void aFailureInAWorkerReachesTheCaller() {
    try (OrderedParallel parallel = new OrderedParallel(2)) {
      assertThatThrownBy(
              () ->
                  parallel.map(
                      List.of(1, 2, 3),
                      i -> {
                        if (i == 2) {
                          throw new IllegalArgumentException("two");
                        }
                        return i;
                      }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("two");
    }
  }

  @Test
  void fewerThanOneThreadIsRefused() {
    assertThatThrownBy(() -> new OrderedParallel(0)).hasMessageContaining("0");
  }
}

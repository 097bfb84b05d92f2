package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryIndexTest {
  @Test
  void aTermRemembersOnlyItsMostRecentStories() {
    StoryIndex index = new StoryIndex(3);
    for (int story = 0; story < 10; story++) {
      index.add(new int[] {7}, story);
    }

    assertThat(index.candidates(new int[] {7}, s -> s, 100)).containsExactly(7, 8, 9);
  }

  @Test
  void storiesSharingMoreTermsComeFirstAndMergedStoriesCountOnce() {
    StoryIndex index = new StoryIndex(8);
    index.add(new int[] {1, 2, 3}, 0);
    index.add(new int[] {1}, 1);
    index.add(new int[] {2, 3}, 2);

    assertThat(index.candidates(new int[] {1, 2, 3}, s -> s, 2)).containsExactly(0, 2);
    assertThat(index.candidates(new int[] {1, 2, 3}, s -> s == 2 ? 1 : s, 5)).containsExactly(0, 1);
  }
}

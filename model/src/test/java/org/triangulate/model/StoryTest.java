package org.triangulate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryTest {
  private static Story withCopies(List<String> articles, List<NearDuplicate> copies) {
    return new Story("s1", "t", articles, Optional.empty(), Optional.empty(), copies);
  }

  @Test
  void aCopyLeadsToTheArticleItCopiesAndAnOriginalToItself() {
    Story story = withCopies(List.of("a", "b", "c"), List.of(new NearDuplicate("b", "a", 0.9)));
    assertThat(story.sourceOf("b")).isEqualTo("a");
    assertThat(story.sourceOf("a")).isEqualTo("a");
    assertThat(story.sourceOf("c")).isEqualTo("c");
  }

  @Test
  void aCopyOfAnArticleOutsideTheStoryIsRefused() {
    assertThatThrownBy(
            () -> withCopies(List.of("a", "b"), List.of(new NearDuplicate("b", "x", 0.9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x");
  }

  @Test
  void aStoryWithoutArticlesIsRefused() {
    assertThatThrownBy(() -> withCopies(List.of(), List.of())).hasMessageContaining("no articles");
  }

  @Test
  void anArticleCannotCopyItself() {
    assertThatThrownBy(() -> new NearDuplicate("a", "a", 1.0)).hasMessageContaining("itself");
  }
}

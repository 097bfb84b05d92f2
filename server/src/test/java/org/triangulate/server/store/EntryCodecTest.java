package org.triangulate.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Brief;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.Story;
import org.triangulate.model.ValueBound;
import org.triangulate.model.testing.ArticleFixture;

class EntryCodecTest {
  private static final Story STORY =
      new Story(
          "s1",
          "Bridge vote",
          List.of("a", "b"),
          Optional.empty(),
          Optional.empty(),
          List.of(new NearDuplicate("b", "a", 0.8)));

  @Test
  void aSavedStoryReadsBackEqual() throws Exception {
    LogEntry entry = new LogEntry.StorySaved(Brief.of(STORY));
    assertThat(EntryCodec.decode(EntryCodec.encode(entry))).isEqualTo(entry);
  }

  @Test
  void aStoryWrittenBeforeDuplicatesExistedReadsWithNone() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode tree =
        (ObjectNode) json.readTree(EntryCodec.encode(new LogEntry.StorySaved(Brief.of(STORY))));
    ObjectNode story = tree.findParent("duplicates");
    story.remove("duplicates");
    LogEntry read =
        EntryCodec.decode(json.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
    assertThat(read)
        .isInstanceOfSatisfying(
            LogEntry.StorySaved.class,
            saved -> {
              assertThat(saved.brief().story().articles()).containsExactly("a", "b");
              assertThat(saved.brief().story().duplicates()).isEmpty();
            });
  }

  @Test
  void aQuantityWrittenBeforeBoundsExistedReadsAsExact() throws Exception {
    LogEntry entry =
        new LogEntry.ArticleAdded(
            ArticleFixture.article("a1", "The dam lies 40 miles upstream.")
                .quantity("40 miles", 40, "mile", 64.37, "km")
                .build(),
            "key");
    ObjectMapper json = new ObjectMapper();
    ObjectNode tree = (ObjectNode) json.readTree(EntryCodec.encode(entry));
    ObjectNode quantity = tree.findParent("alsoGivenAs");
    quantity.remove(List.of("bound", "upper", "alsoGivenAs"));
    LogEntry read =
        EntryCodec.decode(json.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
    assertThat(read).isEqualTo(entry);
    assertThat(((LogEntry.ArticleAdded) read).article().quantities().getFirst().bound())
        .isEqualTo(ValueBound.EXACT);
  }
}

package org.triangulate.server.corpus;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one input given to {@link Corpus#add}.
 *
 * @param source where the input came from (path, URL or {@code api})
 * @param id the article id, when the input gave one
 * @param status added, already there, or skipped
 * @param detail why it was not added (empty when it was)
 * @param story the story holding the article (for an added article or a duplicate of one)
 */
public record AddOutcome(
    String source, Optional<String> id, Status status, String detail, Optional<String> story) {

  /** The kinds of outcome. */
  public enum Status {
    /** The article is new and now stored. */
    ADDED,
    /** The corpus already held this id or this content; nothing changed. */
    DUPLICATE,
    /** The input held no article (or could not be analysed). */
    SKIPPED
  }

  public AddOutcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(story, "story");
  }

  /** This outcome with the story the article ended in. */
  AddOutcome inStory(Optional<String> storyId) {
    return new AddOutcome(source, id, status, detail, storyId);
  }
}

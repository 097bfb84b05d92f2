package org.triangulate.server.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;

/**
 * One record of the store's log. Replaying the entries in order rebuilds the corpus: articles are
 * added once; a story's latest {@link StorySaved} wins until a {@link StoryDropped} removes it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = LogEntry.ArticleAdded.class, name = "article"),
  @JsonSubTypes.Type(value = LogEntry.StorySaved.class, name = "story"),
  @JsonSubTypes.Type(value = LogEntry.StoryDropped.class, name = "drop")
})
public sealed interface LogEntry {

  /**
   * An article was added, with its analysis.
   *
   * @param article the analysed article
   * @param contentKey the hash of its content that detects a second copy under another id
   */
  record ArticleAdded(AnalyzedArticle article, String contentKey) implements LogEntry {
    public ArticleAdded {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(contentKey, "contentKey");
    }
  }

  /** A story was made or changed: this brief replaces any earlier one of the same id. */
  record StorySaved(Brief brief) implements LogEntry {
    public StorySaved {
      Objects.requireNonNull(brief, "brief");
    }
  }

  /** A story was removed (its articles moved to another). */
  record StoryDropped(String story) implements LogEntry {
    public StoryDropped {
      Objects.requireNonNull(story, "story");
    }
  }
}

package org.triangulate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;

/**
 * Writes single contract objects, for front ends (the HTTP API) that serve one article or one story
 * at a time with the same keys as the report.
 *
 * <p>Stateless and thread-safe; the caller owns the generator.
 */
public final class ContractJson {
  private ContractJson() {}

  /** Writes the contract Story of {@code brief}, as in the report's {@code stories}. */
  public static void writeStory(JsonGenerator gen, Brief brief) throws IOException {
    StoryJson.write(gen, brief);
  }

  /**
   * Writes the contract Article of {@code article}, its mentions and speakers resolved against the
   * entities of {@code stories} (the story it belongs to; empty for none).
   */
  public static void writeArticle(JsonGenerator gen, AnalyzedArticle article, List<Brief> stories)
      throws IOException {
    ArticleJson.write(gen, article, EntityIndex.of(stories));
  }
}

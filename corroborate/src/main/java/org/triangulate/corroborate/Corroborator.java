package org.triangulate.corroborate;

import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Story;

/**
 * Compares what one story's articles say: shared entities, quotes carried by several outlets, facts
 * and their backing, conflicts, stances, a timeline, a summary and per-article coverage.
 *
 * <p>Implementations are thread-safe and deterministic: the same story and articles give an equal
 * {@link Brief}. Every text they put in a claim, evidence or summary sentence is cut verbatim from
 * an article's text.
 */
public interface Corroborator {
  /**
   * Builds the brief of {@code story}.
   *
   * @param story the story, whose article ids give the order of comparison
   * @param storyArticles the story's analysed articles, in any order; articles the story does not
   *     list are ignored
   * @return the brief; its parts are empty where the articles give nothing to compare
   */
  Brief corroborate(Story story, List<AnalyzedArticle> storyArticles);

  /** The default corroborator with {@link CorroborationConfig#defaults()}. */
  static Corroborator standard() {
    return new StandardCorroborator(CorroborationConfig.defaults());
  }
}

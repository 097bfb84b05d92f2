package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Claim;
import org.triangulate.model.Coverage;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;

/**
 * Says for each article of a story which facts it alone reports and which corroborated facts it
 * leaves out.
 *
 * <p>Stateless and safe to share across threads.
 */
final class CoverageBuilder {
  List<Coverage> build(StoryArticles story, List<Fact> facts) {
    List<Coverage> coverage = new ArrayList<>();
    for (AnalyzedArticle article : story.list()) {
      List<String> unique = new ArrayList<>();
      List<String> omitted = new ArrayList<>();
      for (Fact fact : facts) {
        boolean reports = fact.claims().stream().anyMatch(c -> c.article().equals(article.id()));
        boolean alone = fact.claims().stream().map(Claim::article).allMatch(article.id()::equals);
        if (reports && alone) {
          unique.add(fact.id());
        } else if (!reports && fact.status() == FactStatus.CORROBORATED) {
          omitted.add(fact.id());
        }
      }
      coverage.add(new Coverage(article.id(), article.article().outlet(), unique, omitted));
    }
    return coverage;
  }
}

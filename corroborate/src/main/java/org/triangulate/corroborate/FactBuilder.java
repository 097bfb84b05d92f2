package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;

/**
 * Turns aligned claim groups into facts with a status, and conflicting groups into conflicts.
 *
 * <p>A group is conflicting when two of its claims from different articles each hold one quantity
 * of a dimension and those measure the same thing with values beyond the tolerance, or date one
 * action on different days ({@link DateComparison}); else corroborated when two or more articles
 * make it; else single-source. Facts are ordered by how many articles make them, then by where they
 * first appear. Immutable and safe to share across threads.
 */
final class FactBuilder {
  /**
   * The facts and conflicts of one story, with the claim groups behind the facts, in fact order.
   */
  record Result(List<Fact> facts, List<Conflict> conflicts, List<List<Statement>> groups) {}

  private record Dispute(
      Statement.Measured first, Statement firstHolder, Statement.Measured second) {}

  private final ClaimAligner aligner;
  private final QuantityComparison quantities;
  private final DateComparison dates;

  FactBuilder(ClaimAligner aligner, QuantityComparison quantities, DateComparison dates) {
    this.aligner = aligner;
    this.quantities = quantities;
    this.dates = dates;
  }

  /**
   * Builds the facts and conflicts of a story from aligned groups of statements.
   *
   * @param source maps an article's position to that of the article it copies (or itself), so that
   *     a group of copies corroborates nothing on its own
   */
  Result build(String storyId, List<List<Statement>> groups, IntUnaryOperator source) {
    List<List<Statement>> ordered = new ArrayList<>(groups);
    ordered.sort(
        Comparator.comparingLong(
                (List<Statement> g) -> -g.stream().mapToInt(Statement::article).distinct().count())
            .thenComparingInt(g -> g.get(0).article())
            .thenComparingInt(g -> g.get(0).index()));
    List<Fact> facts = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (List<Statement> group : ordered) {
      String id = storyId + "/f" + (facts.size() + 1);
      Optional<Dispute> dispute = dispute(group);
      List<Statement> dated = dispute.isPresent() ? List.of() : datedDispute(group);
      long sources = group.stream().mapToInt(Statement::article).map(source).distinct().count();
      FactStatus status =
          dispute.isPresent() || !dated.isEmpty()
              ? FactStatus.CONFLICTING
              : sources >= 2 ? FactStatus.CORROBORATED : FactStatus.SINGLE_SOURCE;
      List<Claim> claims = new ArrayList<>();
      List<Claim> disputed = new ArrayList<>();
      for (Statement s : group) {
        Optional<Statement.Measured> measured = dispute.flatMap(d -> disputedIn(s, d));
        Claim claim = s.claim(measured.map(Statement.Measured::quantity));
        claims.add(claim);
        measured.ifPresent(m -> disputed.add(claim));
      }
      facts.add(new Fact(id, representative(group).text(), status, claims));
      if (dispute.isPresent() && disputed.size() >= 2) {
        Dispute d = dispute.get();
        String about = QuantityComparison.about(d.first(), d.firstHolder(), d.second());
        conflicts.add(new Conflict(storyId + "/c" + (conflicts.size() + 1), about, disputed));
      }
      if (!dated.isEmpty()) {
        String about = DateComparison.about(dated.get(0), dated.get(1));
        List<Claim> claims2 = dated.stream().map(s -> s.claim(Optional.empty())).toList();
        conflicts.add(new Conflict(storyId + "/c" + (conflicts.size() + 1), about, claims2));
      }
    }
    return new Result(List.copyOf(facts), List.copyOf(conflicts), List.copyOf(ordered));
  }

  private Optional<Dispute> dispute(List<Statement> group) {
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        Statement s = group.get(i);
        Statement t = group.get(j);
        if (s.article() == t.article()) {
          continue;
        }
        for (Statement.Measured a : s.quantities()) {
          for (Statement.Measured b : t.quantities()) {
            if (single(s, a) && single(t, b) && quantities.conflict(a, b)) {
              return Optional.of(new Dispute(a, s, b));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code m} is the only quantity of its dimension in {@code s}: a sentence giving several
   * values of one dimension compares them ("$160 million from one team, $184 million from another")
   * and none of them alone is the sentence's claim.
   */
  private static boolean single(Statement s, Statement.Measured m) {
    return s.quantities().stream().filter(q -> q.dimension().equals(m.dimension())).count() == 1;
  }

  /**
   * The statements of {@code group} that date one action, the first two of which give it different
   * days; empty when no two statements of different articles do.
   */
  private List<Statement> datedDispute(List<Statement> group) {
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        Statement s = group.get(i);
        Statement t = group.get(j);
        if (s.article() != t.article() && dates.conflict(s, t)) {
          List<Statement> dated = new ArrayList<>(List.of(s, t));
          for (Statement u : group) {
            if (u != s && u != t && (dates.comparable(u, s) || dates.comparable(u, t))) {
              dated.add(u);
            }
          }
          return dated;
        }
      }
    }
    return List.of();
  }

  private Optional<Statement.Measured> disputedIn(Statement s, Dispute d) {
    return s.quantities().stream()
        .filter(
            m ->
                m == d.first()
                    || m == d.second()
                    || quantities.sameThing(m, d.first())
                    || quantities.sameThing(m, d.second()))
        .findFirst();
  }

  private Statement representative(List<Statement> group) {
    Statement best = group.get(0);
    double bestScore = -1;
    for (Statement s : group) {
      double score = 0;
      for (Statement t : group) {
        if (t != s) {
          score += aligner.similarity(s, t);
        }
      }
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }
}

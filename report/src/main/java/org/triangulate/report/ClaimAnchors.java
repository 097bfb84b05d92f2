package org.triangulate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.MentionRef;
import org.triangulate.model.Report;

/**
 * Where each claim of a report is highlighted in its article's text, and the anchor ids that link
 * claims to those highlights.
 *
 * <p>Anchor ids are made from article positions ({@code art3}, {@code art3-m2}), never from
 * article-derived text, so they are always safe in HTML. Highlights in one article never overlap: a
 * claim whose span overlaps an earlier highlight links to that highlight instead. A claim whose
 * span lies outside its article's text links to the article itself. Immutable and thread-safe.
 */
final class ClaimAnchors {

  /**
   * A highlighted span of an article's text.
   *
   * @param start offset in the article text
   * @param end offset after the span
   * @param id the anchor id of the {@code <mark>}
   * @param conflict whether a conflicting claim lies in it
   */
  record Mark(int start, int end, String id, boolean conflict) {}

  private final Map<MentionRef, String> targets;
  private final Map<String, List<Mark>> marks;

  private ClaimAnchors(Map<MentionRef, String> targets, Map<String, List<Mark>> marks) {
    this.targets = targets;
    this.marks = marks;
  }

  /** The anchor id of the article at {@code position} in the report's article list. */
  static String articleAnchor(int position) {
    return "art" + position;
  }

  /** Plans the highlights for every claim of every fact and conflict in {@code report}. */
  static ClaimAnchors of(Report report, ReportLookup lookup) {
    Map<MentionRef, Boolean> spans = new LinkedHashMap<>();
    for (Brief brief : report.stories()) {
      for (Conflict conflict : brief.conflicts()) {
        conflict.claims().forEach(c -> spans.merge(ref(c), true, Boolean::logicalOr));
      }
      for (Fact fact : brief.facts()) {
        boolean conflicting = fact.status() == FactStatus.CONFLICTING;
        fact.claims().forEach(c -> spans.merge(ref(c), conflicting, Boolean::logicalOr));
      }
    }
    Map<String, List<MentionRef>> byArticle = new LinkedHashMap<>();
    spans
        .keySet()
        .forEach(r -> byArticle.computeIfAbsent(r.article(), a -> new ArrayList<>()).add(r));
    Map<MentionRef, String> targets = new HashMap<>();
    Map<String, List<Mark>> marks = new HashMap<>();
    byArticle.forEach(
        (articleId, refs) -> {
          Optional<AnalyzedArticle> article = lookup.article(articleId);
          if (article.isPresent()) {
            plan(lookup.position(articleId), article.get().text(), refs, spans, targets, marks);
          }
        });
    return new ClaimAnchors(Map.copyOf(targets), Map.copyOf(marks));
  }

  /** The anchor id a link to {@code claim} should point at, when its article is in the report. */
  Optional<String> target(Claim claim, ReportLookup lookup) {
    String target = targets.get(ref(claim));
    if (target != null) {
      return Optional.of(target);
    }
    int position = lookup.position(claim.article());
    return position < 0 ? Optional.empty() : Optional.of(articleAnchor(position));
  }

  /** The highlights of an article's text, in text order and not overlapping. */
  List<Mark> marks(String articleId) {
    return marks.getOrDefault(articleId, List.of());
  }

  private static void plan(
      int position,
      String text,
      List<MentionRef> refs,
      Map<MentionRef, Boolean> conflicting,
      Map<MentionRef, String> targets,
      Map<String, List<Mark>> marks) {
    List<MentionRef> sorted =
        refs.stream()
            .filter(r -> r.start() < r.end() && r.end() <= text.length())
            .sorted(
                Comparator.comparingInt(MentionRef::start)
                    .thenComparing(Comparator.comparingInt(MentionRef::end).reversed()))
            .toList();
    List<Mark> planned = new ArrayList<>();
    for (MentionRef ref : sorted) {
      boolean conflict = conflicting.get(ref);
      Mark last = planned.isEmpty() ? null : planned.get(planned.size() - 1);
      if (last != null && ref.start() < last.end()) {
        targets.put(ref, last.id());
        if (conflict && !last.conflict()) {
          planned.set(planned.size() - 1, new Mark(last.start(), last.end(), last.id(), true));
        }
      } else {
        String id = articleAnchor(position) + "-m" + (planned.size() + 1);
        planned.add(new Mark(ref.start(), ref.end(), id, conflict));
        targets.put(ref, id);
      }
    }
    if (!planned.isEmpty()) {
      marks.put(refs.get(0).article(), List.copyOf(planned));
    }
  }

  private static MentionRef ref(Claim claim) {
    return new MentionRef(claim.article(), claim.start(), claim.end());
  }
}

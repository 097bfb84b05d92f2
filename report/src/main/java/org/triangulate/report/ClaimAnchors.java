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
import org.triangulate.model.Evidence;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.MentionRef;
import org.triangulate.model.Quote;
import org.triangulate.model.Report;
import org.triangulate.model.Stance;

/**
 * Where each claim, quote and piece of stance evidence of a report is highlighted in its article's
 * text, and the anchor ids that link them to those highlights.
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
   * @param kind the most pressing kind of cited text that lies in it
   */
  record Mark(int start, int end, String id, Kind kind) {
    /** Whether a conflicting claim lies in it. */
    boolean conflict() {
      return kind == Kind.CONFLICT;
    }
  }

  /** What a highlight cites, least pressing first. */
  enum Kind {
    QUOTE,
    CLAIM,
    CONFLICT;

    /** The more pressing of the two. */
    Kind max(Kind other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }

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

  /**
   * Plans the highlights for every claim of every fact and conflict, every quote of every story's
   * articles and every piece of stance evidence in {@code report}.
   */
  static ClaimAnchors of(Report report, ReportLookup lookup) {
    Map<MentionRef, Kind> spans = new LinkedHashMap<>();
    for (Brief brief : report.stories()) {
      for (Conflict conflict : brief.conflicts()) {
        conflict.claims().forEach(c -> spans.merge(ref(c), Kind.CONFLICT, Kind::max));
      }
      for (Fact fact : brief.facts()) {
        Kind kind = fact.status() == FactStatus.CONFLICTING ? Kind.CONFLICT : Kind.CLAIM;
        fact.claims().forEach(c -> spans.merge(ref(c), kind, Kind::max));
      }
      for (Stance stance : brief.stances()) {
        for (Evidence e : stance.evidence()) {
          spans.merge(new MentionRef(e.article(), e.start(), e.end()), Kind.CLAIM, Kind::max);
        }
      }
      for (String articleId : brief.story().articles()) {
        for (Quote q : lookup.article(articleId).map(AnalyzedArticle::quotes).orElse(List.of())) {
          spans.merge(new MentionRef(articleId, q.start(), q.end()), Kind.QUOTE, Kind::max);
        }
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
    return target(ref(claim), lookup);
  }

  /**
   * The anchor id a link to the cited span {@code ref} should point at: its highlight, else its
   * article, else empty when the report lacks the article.
   */
  Optional<String> target(MentionRef ref, ReportLookup lookup) {
    String target = targets.get(ref);
    if (target != null) {
      return Optional.of(target);
    }
    int position = lookup.position(ref.article());
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
      Map<MentionRef, Kind> kinds,
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
      Kind kind = kinds.get(ref);
      Mark last = planned.isEmpty() ? null : planned.get(planned.size() - 1);
      if (last != null && ref.start() < last.end()) {
        targets.put(ref, last.id());
        if (kind.compareTo(last.kind()) > 0) {
          planned.set(planned.size() - 1, new Mark(last.start(), last.end(), last.id(), kind));
        }
      } else {
        String id = articleAnchor(position) + "-m" + (planned.size() + 1);
        planned.add(new Mark(ref.start(), ref.end(), id, kind));
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

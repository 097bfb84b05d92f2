package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Evidence;
import org.triangulate.model.Quote;
import org.triangulate.model.Stance;
import org.triangulate.model.StanceKind;

/**
 * Finds the positions of quoted actors on the story's proposition from cue words in what they said
 * (and the verb that introduces it): support cues ({@code stance-support.txt}), oppose cues ({@code
 * stance-oppose.txt}), each reversed by a negation ({@code negations.txt}) shortly before.
 *
 * <p>Only quotes with a resolved speaker count, and an actor gets a stance only when a cue was
 * found; both kinds of cue make it mixed. The proposition is the story title. A first, simple
 * version: it does not yet check that a quote is about the proposition. Immutable and safe to share
 * across threads.
 */
final class StanceFinder {
  private static final int NEGATION_REACH = 3;

  private final Lexicon support = Lexicon.load("stance-support.txt");
  private final Lexicon oppose = Lexicon.load("stance-oppose.txt");
  private final Lexicon negations = Lexicon.load("negations.txt");

  private static final class Position {
    String actor;
    Optional<String> entity;
    boolean supports;
    boolean opposes;
    final List<Evidence> evidence = new ArrayList<>();
  }

  List<Stance> find(StoryArticles story, EntityResolver.Resolved entities) {
    String proposition = proposition(story.story().title());
    Map<String, Position> positions = new LinkedHashMap<>();
    for (AnalyzedArticle article : story.list()) {
      String text = article.text();
      for (Quote quote : article.quotes()) {
        Optional<String> name =
            quote.speaker().flatMap(s -> s.name()).map(String::strip).filter(n -> !n.isEmpty());
        if (name.isEmpty() || quote.end() > text.length() || quote.start() >= quote.end()) {
          continue;
        }
        int polarity = polarity(text, quote);
        if (polarity == 0) {
          continue;
        }
        String evidenceText = text.substring(quote.start(), quote.end());
        if (evidenceText.isBlank()) {
          continue;
        }
        Optional<String> entity = entities.find(name.get());
        String key = entity.orElse("name:" + EntityResolver.key(name.get()));
        Position position =
            positions.computeIfAbsent(
                key,
                k -> {
                  Position p = new Position();
                  p.entity = entity;
                  p.actor = entity.flatMap(entities::get).map(e -> e.name()).orElse(name.get());
                  return p;
                });
        position.supports |= polarity > 0 || polarity == 2;
        position.opposes |= polarity < 0 || polarity == 2;
        position.evidence.add(new Evidence(article.id(), evidenceText, quote.start(), quote.end()));
      }
    }
    List<Stance> stances = new ArrayList<>();
    for (Position p : positions.values()) {
      StanceKind kind =
          p.supports && p.opposes
              ? StanceKind.MIXED
              : p.supports ? StanceKind.SUPPORT : StanceKind.OPPOSE;
      stances.add(new Stance(p.actor, p.entity, kind, proposition, p.evidence));
    }
    return stances;
  }

  /** 1 support, -1 oppose, 2 both, 0 neither. */
  private int polarity(String text, Quote quote) {
    List<Words.Token> tokens = new ArrayList<>();
    quote.cue().ifPresent(cue -> tokens.addAll(Words.tokens(cue, 0, cue.length())));
    tokens.addAll(Words.tokens(text, quote.start(), quote.end()));
    int pro = 0;
    int contra = 0;
    for (int at : support.matches(tokens)) {
      if (negated(tokens, at)) {
        contra++;
      } else {
        pro++;
      }
    }
    for (int at : oppose.matches(tokens)) {
      if (negated(tokens, at)) {
        pro++;
      } else {
        contra++;
      }
    }
    if (pro > 0 && contra > 0) {
      return pro == contra ? 2 : Integer.signum(pro - contra);
    }
    return Integer.signum(pro - contra);
  }

  private boolean negated(List<Words.Token> tokens, int at) {
    for (int k = Math.max(0, at - NEGATION_REACH); k < at; k++) {
      if (negations.contains(tokens.get(k).form())) {
        return true;
      }
    }
    return false;
  }

  static String proposition(String title) {
    String statement = title.strip().replaceAll("[\\s.!?:;,]+$", "");
    return statement.isEmpty() ? "the story's central decision" : statement;
  }
}

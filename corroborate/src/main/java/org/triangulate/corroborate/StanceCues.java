package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words by which a statement takes a side on a story's central question, and the score of one
 * statement: action families ({@code stance-actions.txt}: the thing goes ahead or is stopped),
 * evaluative cues ({@code stance-support.txt}, {@code stance-oppose.txt}), cues of taking neither
 * side ({@code stance-mixed.txt}), words of will or intent ({@code stance-modals.txt}) and
 * negations ({@code negations.txt}).
 *
 * <p>A word that is both an evaluation and an action ("reject", "approve") is the speaker's own
 * evaluation. An evaluation of an action is read against the action ("a closure would be a
 * disaster" supports the thing going ahead); an action on its own counts only when a word of will
 * or intent comes shortly before it ("should reopen", "hoped to resume") or when the actor is its
 * subject. Immutable and safe to share across threads.
 */
final class StanceCues {
  private static final int NEGATION_REACH = 3;
  private static final int ACTION_NEGATION_REACH = 4;
  private static final int MODAL_REACH = 4;

  /** One family of actions: what the proposition says, and its going-ahead and stopping forms. */
  record Family(String label, Lexicon ahead, Lexicon stopped) {
    /** How many times the family's forms occur in {@code tokens}. */
    int mentions(List<Words.Token> tokens) {
      return ahead.matches(tokens).size() + stopped.matches(tokens).size();
    }

    /** The token positions at which the family's forms start in {@code tokens}. */
    List<Integer> at(List<Words.Token> tokens) {
      List<Integer> found = new ArrayList<>(ahead.matches(tokens));
      found.addAll(stopped.matches(tokens));
      return found;
    }
  }

  private final List<Family> families = families();
  private final Lexicon support = Lexicon.load("stance-support.txt");
  private final Lexicon oppose = Lexicon.load("stance-oppose.txt");
  private final Lexicon mixed = Lexicon.load("stance-mixed.txt");
  private final Lexicon modals = Lexicon.load("stance-modals.txt");
  private final Lexicon negations = Lexicon.load("negations.txt");

  /** The action families, in file order. */
  List<Family> actionFamilies() {
    return families;
  }

  /**
   * The side {@code tokens} take: 1 support, -1 oppose, 2 both or neither (mixed), 0 none. When
   * {@code actorIsSubject}, the tokens follow the actor's name, so an action counts on its own.
   */
  int polarity(List<Words.Token> tokens, boolean actorIsSubject) {
    if (!mixed.matches(tokens).isEmpty()) {
      return 2;
    }
    Set<Integer> evaluationAt = new HashSet<>();
    int pro = 0;
    int contra = 0;
    for (int side : new int[] {1, -1}) {
      for (int at : (side > 0 ? support : oppose).matches(tokens)) {
        evaluationAt.add(at);
        if (negated(tokens, at, NEGATION_REACH) ? side < 0 : side > 0) {
          pro++;
        } else {
          contra++;
        }
      }
    }
    int raw = 0;
    int stated = 0;
    for (Family family : families) {
      for (int side : new int[] {1, -1}) {
        for (int at : (side > 0 ? family.ahead() : family.stopped()).matches(tokens)) {
          if (evaluationAt.contains(at)) {
            continue;
          }
          int sign = negated(tokens, at, ACTION_NEGATION_REACH) ? -side : side;
          raw += sign;
          if (actorIsSubject || modalBefore(tokens, at)) {
            stated += sign;
          }
        }
      }
    }
    if (pro > 0 && pro == contra) {
      return 2;
    }
    int evaluation = Integer.signum(pro - contra);
    if (evaluation != 0) {
      return raw == 0 ? evaluation : Integer.signum(raw) * evaluation;
    }
    return Integer.signum(stated);
  }

  /** Whether a cue of any kind starts among the first {@code slot} tokens. */
  boolean cueWithin(List<Words.Token> tokens, int slot) {
    List<Words.Token> head = tokens.subList(0, Math.min(slot, tokens.size()));
    if (!support.matches(head).isEmpty() || !oppose.matches(head).isEmpty()) {
      return true;
    }
    return families.stream().anyMatch(f -> f.mentions(head) > 0);
  }

  private boolean negated(List<Words.Token> tokens, int at, int reach) {
    for (int k = Math.max(0, at - reach); k < at; k++) {
      if (negations.contains(tokens.get(k).form())) {
        return true;
      }
    }
    return false;
  }

  private boolean modalBefore(List<Words.Token> tokens, int at) {
    int from = Math.max(0, at - MODAL_REACH);
    return !modals.matches(tokens.subList(from, at)).isEmpty();
  }

  private static List<Family> families() {
    List<Family> families = new ArrayList<>();
    for (String line : Lexicon.lines("stance-actions.txt")) {
      String[] parts = line.split("\\|", -1);
      if (parts.length != 3) {
        throw new IllegalStateException(
            "stance-actions.txt: not 'label | ahead | stopped': " + line);
      }
      families.add(
          new Family(parts[0].strip(), Lexicon.of(forms(parts[1])), Lexicon.of(forms(parts[2]))));
    }
    return List.copyOf(families);
  }

  private static List<String> forms(String list) {
    return List.of(list.split(",")).stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
  }
}

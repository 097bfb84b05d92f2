package org.triangulate.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.nlp.internal.Lexicon;
import org.triangulate.nlp.internal.PhraseMatcher;
import org.triangulate.nlp.internal.Token;
import org.triangulate.nlp.internal.Tokenizer;

/**
 * The standard entity recogniser: Stanford CoreNLP's CRF classifier for people, organisations,
 * places and other names, with gazetteers for weapons, military units and events.
 *
 * <p>Per sentence, in this order: weapon systems from {@code entity/weapons.txt} and numbered units
 * ("82nd Airborne Division", heads in {@code entity/military-units.txt}) become {@link
 * EntityType#WEAPON}; the CRF tags the remaining tokens ({@link NerTagger}), a run of one tag being
 * one mention, MISC becoming {@link EntityType#OTHER}; a listed title at the start of a mention is
 * cut off ("Chancellor Angela Merkel" gives "Angela Merkel", a person); a person's name runs on
 * over particles ("von der", {@code entity/particles.txt}) and the capitalised words after them; a
 * name whose last word is an event head ("Harlow Summit", "World War II"), possibly extended over
 * following capitalised words the CRF left out, becomes an {@link EntityType#EVENT}. Names are then
 * resolved within the text by {@link NameResolver} (short forms, transliteration variants) and
 * {@link RoleResolver} ("the Commission president").
 *
 * <p>Immutable and thread-safe; build once and share. The first instance in a JVM loads the CRF
 * model (a few seconds); later instances share it. Linear in the text.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {
  private static final Pattern ROMAN_OR_NUMBER = Pattern.compile("[IVX]+|\\d{1,4}");

  private final NerTagger tagger;
  private final PhraseMatcher titles;
  private final PhraseMatcher weapons;
  private final PhraseMatcher eventHeads;
  private final Set<String> particles;
  private final Pattern unit;
  private final NameResolver names = new NameResolver();
  private final RoleResolver roles = new RoleResolver();

  /** A recogniser with the bundled model and gazetteers. */
  public CoreNlpEntityRecognizer() {
    tagger = NerTagger.shared();
    titles = PhraseMatcher.of(Lexicon.lines("entity/titles.txt"), true);
    weapons = PhraseMatcher.of(Lexicon.lines("entity/weapons.txt"), true);
    eventHeads = PhraseMatcher.of(Lexicon.lines("entity/event-heads.txt"), true);
    particles = Lexicon.set("entity/particles.txt");
    String heads =
        Lexicon.lines("entity/military-units.txt").stream()
            .map(h -> Pattern.quote(h).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));
    unit =
        Pattern.compile(
            "\\b\\d{1,3}(?:st|nd|rd|th)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}?(?:" + heads + ")\\b");
  }

  @Override
  public List<EntityMention> recognize(String text, List<Sentence> sentences) {
    List<Candidate> found = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end());
      if (!tokens.isEmpty()) {
        scan(text, s, tokens, found);
      }
    }
    return roles.resolve(text, sentences, names.resolve(text, found));
  }

  private void scan(String text, Sentence s, List<Token> tokens, List<Candidate> out) {
    int n = tokens.size();
    boolean[] taken = new boolean[n];
    List<Candidate> here = new ArrayList<>();
    for (int i = 0; i < n; ) {
      int w = weapons.match(tokens, i);
      if (w > 0) {
        here.add(take(tokens, i, i + w, EntityType.WEAPON, taken));
        i += w;
      } else {
        i++;
      }
    }
    Matcher m = unit.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      int from = tokenAt(tokens, m.start());
      int to = tokenAt(tokens, m.end() - 1) + 1;
      if (from >= 0 && to > from && free(taken, from, to)) {
        here.add(take(tokens, from, to, EntityType.WEAPON, taken));
      }
    }
    List<String> tags = tagger.tags(tokens);
    for (int i = 0; i < n; ) {
      String tag = tags.get(i);
      if (taken[i] || tag.equals(NerTagger.OUTSIDE)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && !taken[j] && tags.get(j).equals(tag)) {
        j++;
      }
      boolean name = tag.equals("PERSON") || tag.equals("ORGANIZATION");
      int end = name ? overParticles(tokens, i, j, taken) : j;
      int start = i;
      while (name
          && start > 0
          && !taken[start - 1]
          && particles.contains(tokens.get(start - 1).text())) {
        start--;
      }
      addName(tokens, start, end, type(tag), tags, taken, here);
      i = Math.max(end, i + 1);
    }
    here.sort(Comparator.comparingInt(Candidate::start));
    out.addAll(here);
  }

  private void addName(
      List<Token> tokens,
      int from,
      int to,
      EntityType type,
      List<String> tags,
      boolean[] taken,
      List<Candidate> out) {
    int start = from;
    int title = titleLength(tokens, start, to);
    if (title > 0) {
      start += title;
      type = EntityType.PERSON;
    }
    int end = to;
    while (start < end && !tokens.get(start).wordLike()) {
      start++;
    }
    while (end > start && !tokens.get(end - 1).wordLike()) {
      end--;
    }
    if (start >= end) {
      return;
    }
    int event = eventEnd(tokens, start, end, tags, taken);
    if (event > 0 && type != EntityType.PERSON) {
      end = event;
      type = EntityType.EVENT;
    }
    out.add(take(tokens, start, end, type, taken));
  }

  /**
   * The end of a person's name {@code [from, to)} carried over particles and the capitalised words
   * after them ("Marta von der Brugge" where the CRF saw "Marta von" and "Brugge"), or {@code to}.
   */
  private int overParticles(List<Token> tokens, int from, int to, boolean[] taken) {
    int e = to;
    while (e > from + 1 && particles.contains(tokens.get(e - 1).text())) {
      e--;
    }
    int k = e;
    while (k < tokens.size() && !taken[k] && particles.contains(tokens.get(k).text())) {
      k++;
    }
    if (k == e || k >= tokens.size() || taken[k] || !tokens.get(k).capitalised()) {
      return to;
    }
    while (k < tokens.size() && !taken[k] && tokens.get(k).capitalised()) {
      k++;
    }
    return k;
  }

  /** The length of a title (with its full stop) opening {@code [at, to)}, if more follows. */
  private int titleLength(List<Token> tokens, int at, int to) {
    int n = titles.match(tokens, at);
    if (n > 0 && at + n < to && tokens.get(at + n).text().equals(".")) {
      n++;
    }
    return n > 0 && at + n < to ? n : 0;
  }

  /**
   * The end of an event name starting at {@code start}: after an event head that ends the name, or
   * ends a run of capitalised words the CRF left untagged just after it, or is followed only by a
   * number ("World War II"); 0 when there is none.
   */
  private int eventEnd(List<Token> tokens, int start, int end, List<String> tags, boolean[] taken) {
    int limit = end;
    while (limit < tokens.size()
        && !taken[limit]
        && tags.get(limit).equals(NerTagger.OUTSIDE)
        && tokens.get(limit).capitalised()) {
      limit++;
    }
    int best = 0;
    for (int p = start + 1; p < limit; p++) {
      int len = eventHeads.match(tokens, p);
      if (len > 0 && p + len <= limit) {
        int e = p + len;
        while (e < limit && ROMAN_OR_NUMBER.matcher(tokens.get(e).text()).matches()) {
          e++;
        }
        if (e >= end) {
          best = Math.max(best, e);
        }
      }
    }
    return best;
  }

  private static Candidate take(
      List<Token> tokens, int from, int to, EntityType type, boolean[] taken) {
    for (int k = from; k < to; k++) {
      taken[k] = true;
    }
    return new Candidate(tokens.subList(from, to), type);
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() <= offset && offset < tokens.get(k).end()) {
        return k;
      }
    }
    return -1;
  }

  private static EntityType type(String tag) {
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> EntityType.OTHER;
    };
  }
}

package org.triangulate.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.nlp.internal.Lexicon;
import org.triangulate.nlp.internal.PhraseMatcher;
import org.triangulate.nlp.internal.Token;
import org.triangulate.nlp.internal.Tokenizer;

/**
 * A first entity recogniser: sequences of capitalised tokens, typed by cue words and gazetteers.
 *
 * <p>A name is a run of capitalised tokens that may hold lower-case particles ("von der", "bin"),
 * initials ("J.") and, after an organisation or place head, "of" ("Ministry of Defence"). A listed
 * title before it ("Mr.", "President") is left out of the mention and makes it a PERSON. Weapons
 * are matched from a gazetteer first, lower-case words included ("Patriot missile system"). A
 * stoplisted word (sentence starters, pronouns, days, months) does not start a name, and a single
 * capitalised word that opens a sentence counts only when the article also capitalises it elsewhere
 * or a gazetteer knows it. Types come from, in order: a title, the organisation and place
 * gazetteers, an event head at the end, an organisation head, a place head, a given name, a person
 * cue ("said"), a place cue ("in"), else {@link EntityType#OTHER}. Names are then resolved within
 * the text by {@link NameResolver}.
 *
 * <p>Immutable and thread-safe; build once (it reads its resources) and share. Linear in the text.
 */
public final class RuleEntityRecognizer implements EntityRecognizer {
  private static final Pattern PARTICLE_NAME =
      Pattern.compile("(?:al|el|bin|ibn|abu|de|da|di|du|van|von|ter)[-'’]\\p{Lu}.*");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");

  private final PhraseMatcher titles;
  private final PhraseMatcher weapons;
  private final PhraseMatcher organizations;
  private final PhraseMatcher locations;
  private final Set<String> particles;
  private final Set<String> stoplist;
  private final Set<String> orgHeads;
  private final Set<String> placeHeads;
  private final PhraseMatcher eventHeads;
  private final Set<String> givenNames;
  private final Set<String> personCues;
  private final Set<String> placeCues;
  private final NameResolver names = new NameResolver();

  /** A recogniser with the bundled gazetteers and cue lists. */
  public RuleEntityRecognizer() {
    titles = PhraseMatcher.of(Lexicon.lines("entity/titles.txt"), true);
    weapons = PhraseMatcher.of(Lexicon.lines("entity/weapons.txt"), true);
    organizations = PhraseMatcher.of(Lexicon.lines("entity/organizations.txt"), true);
    locations = PhraseMatcher.of(Lexicon.lines("entity/locations.txt"), true);
    particles = Lexicon.set("entity/particles.txt");
    stoplist = Lexicon.set("entity/stoplist.txt");
    orgHeads = Lexicon.set("entity/organization-heads.txt");
    placeHeads = Lexicon.set("entity/location-heads.txt");
    eventHeads = PhraseMatcher.of(Lexicon.lines("entity/event-heads.txt"), true);
    givenNames = Lexicon.set("entity/given-names.txt");
    personCues = Lexicon.lowerSet("entity/person-cues.txt");
    placeCues = Lexicon.lowerSet("entity/location-cues.txt");
  }

  @Override
  public List<EntityMention> recognize(String text, List<Sentence> sentences) {
    Set<String> capitalisedInside = capitalisedInside(text, sentences);
    List<Candidate> found = new ArrayList<>();
    for (Sentence s : sentences) {
      scan(text, Tokenizer.tokens(text, s.start(), s.end()), capitalisedInside, found);
    }
    return names.resolve(text, found);
  }

  /** Words written capitalised somewhere other than at a sentence's start. */
  private static Set<String> capitalisedInside(String text, List<Sentence> sentences) {
    Set<String> out = new HashSet<>();
    for (Sentence s : sentences) {
      List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end());
      int first = firstWord(tokens);
      for (int i = first + 1; i < tokens.size(); i++) {
        if (tokens.get(i).capitalised() && !isAfterOpeningQuote(tokens, i)) {
          out.add(tokens.get(i).text());
        }
      }
    }
    return out;
  }

  private static boolean isAfterOpeningQuote(List<Token> tokens, int i) {
    String prev = tokens.get(i - 1).text();
    return prev.equals("“") || prev.equals("\"") || prev.equals(":");
  }

  private static int firstWord(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).wordLike()) {
        return i;
      }
    }
    return tokens.size();
  }

  private void scan(
      String text, List<Token> tokens, Set<String> capitalisedInside, List<Candidate> out) {
    int first = firstWord(tokens);
    int i = 0;
    while (i < tokens.size()) {
      int weapon = weapons.match(tokens, i);
      if (weapon > 0) {
        out.add(new Candidate(tokens.subList(i, i + weapon), EntityType.WEAPON));
        i += weapon;
        continue;
      }
      if (!isNameToken(tokens.get(i))) {
        i++;
        continue;
      }
      int title = titleLength(tokens, i);
      int start = i + title;
      if (start >= tokens.size() || !isNameToken(tokens.get(start))) {
        i = Math.max(i + 1, start);
        continue;
      }
      boolean known = organizations.match(tokens, start) > 0 || locations.match(tokens, start) > 0;
      if (stoplist.contains(tokens.get(start).text()) && !known) {
        i = start + 1;
        continue;
      }
      int end = extend(tokens, start);
      if (title > 0 && hasOrganizationHead(tokens.subList(start, end))) {
        start = i; // "General Motors" is a company, not a general
        end = extend(tokens, start);
        title = 0;
      }
      List<Token> name = tokens.subList(start, end);
      boolean initial = start == first || isAfterOpeningQuote(tokens, start) && start == first + 1;
      boolean doubtful =
          initial
              && title == 0
              && name.size() == 1
              && !known
              && !capitalisedInside.contains(name.get(0).text());
      if (!doubtful) {
        out.add(new Candidate(name, type(tokens, start, end, title > 0)));
      }
      i = end;
    }
  }

  private int titleLength(List<Token> tokens, int at) {
    int n = titles.match(tokens, at);
    if (n > 0 && at + n < tokens.size() && tokens.get(at + n).text().equals(".")) {
      n++;
    }
    return n;
  }

  private boolean hasOrganizationHead(List<Token> name) {
    for (Token t : name) {
      if (orgHeads.contains(t.text())) {
        return true;
      }
    }
    return false;
  }

  private int extend(List<Token> tokens, int start) {
    int k = start + 1;
    int end = k;
    while (k < tokens.size()) {
      Token t = tokens.get(k);
      String w = t.text();
      if (isNameToken(t) && !stoplist.contains(w)) {
        k++;
        end = k;
      } else if (isNameToken(t) && (orgHeads.contains(w) || placeHeads.contains(w))) {
        k++;
        end = k;
      } else if (w.equals(".")
          && INITIAL.matcher(tokens.get(k - 1).text()).matches()
          && k + 1 < tokens.size()
          && isNameToken(tokens.get(k + 1))) {
        k++;
      } else if (particles.contains(w) && k + 1 < tokens.size()) {
        k++;
      } else if ((w.equals("of") || w.equals("for"))
          && (orgHeads.contains(tokens.get(k - 1).text())
              || placeHeads.contains(tokens.get(k - 1).text()))
          && k + 1 < tokens.size()
          && isNameToken(tokens.get(k + 1))
          && !stoplist.contains(tokens.get(k + 1).text())) {
        k++;
      } else {
        break;
      }
    }
    return end;
  }

  private boolean isNameToken(Token t) {
    String w = t.text();
    if (!t.wordLike()) {
      return false;
    }
    return (t.capitalised() && !w.equals("I")) || PARTICLE_NAME.matcher(w).matches();
  }

  private EntityType type(List<Token> tokens, int start, int end, boolean titled) {
    List<Token> name = tokens.subList(start, end);
    Token head = name.get(name.size() - 1);
    if (titled) {
      return EntityType.PERSON;
    }
    if (organizations.contains(name)) {
      return EntityType.ORGANIZATION;
    }
    if (locations.contains(name)) {
      return EntityType.LOCATION;
    }
    for (int k = 0; k < name.size(); k++) {
      int len = eventHeads.match(name, k);
      if (len > 0 && k + len == name.size() && name.size() > len) {
        return EntityType.EVENT;
      }
    }
    if (hasOrganizationHead(name)) {
      return EntityType.ORGANIZATION;
    }
    if (name.size() > 1
        && (placeHeads.contains(head.text()) || placeHeads.contains(name.get(0).text()))) {
      return EntityType.LOCATION;
    }
    if (givenNames.contains(name.get(0).text()) && name.size() > 1) {
      return EntityType.PERSON;
    }
    String before = start > 0 ? tokens.get(start - 1).text().toLowerCase(Locale.ROOT) : "";
    String after = end < tokens.size() ? tokens.get(end).text().toLowerCase(Locale.ROOT) : "";
    boolean according =
        before.equals("to")
            && start > 1
            && tokens.get(start - 2).text().equalsIgnoreCase("according");
    if (personCues.contains(before) || personCues.contains(after) || according) {
      return EntityType.PERSON;
    }
    if (placeCues.contains(before)) {
      return EntityType.LOCATION;
    }
    return EntityType.OTHER;
  }
}

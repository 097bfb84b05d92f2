package org.triangulate.nlp.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Speaker;

/**
 * Finds the speaker next to an attribution cue in one text and resolves it to a name: an entity
 * mention, a pronoun (resolved to the nearest earlier person or, for "they"/"it", organisation), an
 * unnamed source ("a senior official", named by that description), a role ("the minister", resolved
 * to the nearest earlier person with that title) or a bare source noun ("police").
 *
 * <p>Built per text; not thread-safe to share across texts, cheap to build.
 */
final class SpeakerFinder {
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’-]+)\\s*$");
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s*([\\p{L}'’-]+)");
  private static final Pattern PHRASE_AFTER =
      Pattern.compile(
          "^\\s*((?:a|an|the|one|another|its|his|her|their)(?:\\s+[\\p{L}'’-]+){1,5}?)"
              + "(?=\\s*[,.;:!?]|$)");
  private static final Pattern CAPITALISED_BEFORE =
      Pattern.compile("(?<![.!?]\\s)(\\p{Lu}[\\p{L}.’'-]*)\\s$");
  private static final Pattern NOUN_PHRASE =
      Pattern.compile(
          "[\\p{L}\\d’'/&-]+(?:\\s+(?!(?:that|who|which|when|where|as|because)\\b)"
              + "[\\p{L}\\d’'./&-]+){0,11}?(?=\\s*(?:[,.;:!?()“”\"]|\\s(?:that|who|which|when|as)\\b|$))");
  private static final Pattern TITLE_GAP = Pattern.compile("(?:\\p{Lu}[\\p{L}.-]*\\s+){1,3}");
  private static final Pattern LOWER_TITLE_GAP = Pattern.compile("(?:[\\p{L}.'’-]+\\s+){1,5}");
  private static final Pattern AGE_DESCRIPTOR =
      Pattern.compile("(?i)(?:the|a)\\s+\\d{1,3}[-‐–]year[-‐–]old\\s+");
  private static final Pattern PASSIVE_BEFORE =
      Pattern.compile("(?i)\\b(?:was|were|is|are|been|be|being)\\s+(?:\\p{L}+ly\\s+)?$");
  private static final int MAX_PARENTHESIS = 20;
  private static final int MAX_MODIFIER = 120;
  private static final int MAX_HEAD_WORDS = 5;
  private static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "across");
  private static final Set<String> GROUP_WORDS = Set.of("many", "some", "most", "few", "others");
  private static final Pattern SPACES = Pattern.compile("(?<=\\s)|(?=\\s)");
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "one", "another", "his", "her", "their", "its", "our");

  private final String text;
  private final List<EntityMention> entities;
  private final Map<Integer, EntityMention> byEnd = new HashMap<>();
  private final Map<Integer, EntityMention> byStart = new HashMap<>();
  private final QuoteLexicon lexicon;

  SpeakerFinder(String text, List<EntityMention> entities, QuoteLexicon lexicon) {
    this.text = text;
    this.entities = entities;
    this.lexicon = lexicon;
    for (EntityMention e : entities) {
      byEnd.put(e.end(), e);
      byStart.put(e.start(), e);
    }
  }

  /** The speaker whose mention ends just before {@code pos} (a cue's start), if any. */
  Optional<Speaker> before(int pos) {
    int j = skipParenthesisBack(skipSpaceBack(pos));
    for (int k = 0; k < 3; k++) {
      Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, j - 30), j));
      if (w.find() && lexicon.isGapWord(w.group(1))) {
        j = skipSpaceBack(j - w.group(1).length());
      }
    }
    EntityMention e = byEnd.get(j);
    if (e != null) {
      Optional<Speaker> group =
          e.type() == EntityType.LOCATION ? headBeforeSetting(e.start(), j) : Optional.empty();
      return Optional.of(group.orElseGet(() -> fromEntity(e)));
    }
    if (j > 0 && text.charAt(j - 1) == ',') {
      EntityMention named = byEnd.get(j - 1);
      if (named != null && (isSetting(named) || endsModifier(named))) {
        // "Jane Doe, speaking to a crowd in Oakport, said": the place is no source;
        // "Jane Doe, contradicting John Roe, said": nor is the modifier's object.
        Optional<Speaker> outer = appositiveOf(j - 1).or(() -> headBeforeModifier(named));
        if (outer.isPresent()) {
          return outer;
        }
      }
      if (named != null) {
        return Optional.of(fromEntity(named));
      }
      return appositiveOf(j - 1);
    }
    int from = Math.max(0, j - 60);
    String window = text.substring(from, j);
    Matcher w = WORD_BEFORE.matcher(window);
    if (!w.find()) {
      return Optional.empty();
    }
    if (lexicon.isNotSource(w.group(1))) {
      return Optional.empty();
    }
    Optional<Speaker> word = fromWord(w.group(1), from + w.start(1));
    if (word.isPresent()) {
      return word;
    }
    String[] words = SPACES.split(window);
    int offset = j;
    int count = 0;
    for (int i = words.length - 1; i >= 0 && count < 6; i--) {
      String piece = words[i];
      offset -= piece.length();
      if (piece.isBlank()) {
        continue;
      }
      if (!piece
          .chars()
          .allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '\'' || ch == '’')) {
        break;
      }
      if (piece.equalsIgnoreCase("that") || lexicon.isRelative(piece)) {
        // "a reservoir that campaigners say": the source starts after the relative word.
        break;
      }
      count++;
      if (DETERMINERS.contains(piece.toLowerCase(Locale.ROOT))) {
        Matcher verb = WORD_BEFORE.matcher(text.substring(Math.max(0, offset - 30), offset));
        if (verb.find() && lexicon.issues(verb.group(1))) {
          // "the party issued a statement saying": the clause's subject is the source.
          return Optional.empty();
        }
        Optional<Speaker> group = headBeforeSetting(offset, j);
        return group.isPresent() ? group : Optional.of(described(offset, j));
      }
    }
    return bareNoun(w.group(1), from + w.start(1), j);
  }

  /**
   * The people a place only locates ({@code Many in Harlow fear}, {@code Farmers in the Dunholm
   * valley say}): a group word or plural noun before "in" or "across" and the place, from that head
   * (or its determiner) to {@code end}; empty when no such head stands there.
   */
  private Optional<Speaker> headBeforeSetting(int place, int end) {
    Optional<Word> prep = wordBefore(place);
    if (prep.isPresent() && prep.get().text().equalsIgnoreCase("the")) {
      prep = wordBefore(prep.get().start());
    }
    if (prep.isEmpty() || !SETTING_PREPOSITIONS.contains(prep.get().text())) {
      return Optional.empty();
    }
    Optional<Word> head = wordBefore(prep.get().start());
    if (head.isEmpty() || !isGroupHead(head.get())) {
      return Optional.empty();
    }
    int start = head.get().start();
    Optional<Word> det = wordBefore(start);
    if (det.isPresent() && DETERMINERS.contains(det.get().text().toLowerCase(Locale.ROOT))) {
      start = det.get().start();
    }
    return Optional.of(described(start, end));
  }

  /** Whether a word can head a group of people: "many", "some" or a plural noun, not a name. */
  private boolean isGroupHead(Word word) {
    String lower = word.text().toLowerCase(Locale.ROOT);
    if (lexicon.isNotSource(lower) || lexicon.isGapWord(lower)) {
      return false;
    }
    if (Character.isUpperCase(word.text().charAt(0)) && !opensSentence(word.start())) {
      return false;
    }
    return lexicon.isSource(lower)
        || GROUP_WORDS.contains(lower)
        || lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss");
  }

  private boolean opensSentence(int pos) {
    int i = skipSpaceBack(pos);
    return i == 0
        || ".!?\n\"“”".indexOf(text.charAt(i - 1)) >= 0
        || i < pos && text.substring(i, pos).contains("\n");
  }

  private Optional<Word> wordBefore(int pos) {
    int from = Math.max(0, pos - 30);
    Matcher w = WORD_BEFORE.matcher(text.substring(from, pos));
    return w.find() ? Optional.of(new Word(w.group(1), from + w.start(1))) : Optional.empty();
  }

  /** A word of the text and where it starts. */
  private record Word(String text, int start) {}

  /** Whether a mention names a place or stands after a place preposition ("at Elm College"). */
  private boolean isSetting(EntityMention e) {
    return e.type() == EntityType.LOCATION || afterPlacePreposition(e);
  }

  /** Whether a mention stands after a place preposition ("in Iowa", "at the Elm College"). */
  private boolean afterPlacePreposition(EntityMention e) {
    int from = Math.max(0, e.start() - 30);
    Matcher w = WORD_BEFORE.matcher(text.substring(from, e.start()));
    if (w.find() && w.group(1).equalsIgnoreCase("the")) {
      int s = skipSpaceBack(from + w.start(1));
      from = Math.max(0, s - 30);
      w = WORD_BEFORE.matcher(text.substring(from, s));
    } else {
      w.reset();
    }
    if (!w.find()) {
      return false;
    }
    String word = w.group(1);
    return lexicon.isPlacePreposition(word);
  }

  /**
   * Whether {@code named} ends a modifier set off by commas after the source ({@code Jane Doe,
   * facing a challenge from John Roe, said}): the words since the previous comma of its sentence
   * open in lower case.
   */
  private boolean endsModifier(EntityMention named) {
    int previous = text.lastIndexOf(',', named.start() - 1);
    if (previous < 0 || named.start() - previous > MAX_MODIFIER) {
      return false;
    }
    String between = text.substring(previous + 1, named.start());
    String open = between.stripLeading();
    return !open.isEmpty()
        && Character.isLowerCase(open.charAt(0))
        && between.chars().noneMatch(ch -> ch == '.' || ch == '\n' || ch == '“' || ch == '"');
  }

  /**
   * The short noun phrase that opens a sentence and ends at the comma before the modifier that
   * {@code named} ends ({@code The poll, released on Monday by Acme Research, showed}); empty when
   * there is none.
   */
  private Optional<Speaker> headBeforeModifier(EntityMention named) {
    if (!endsModifier(named)) {
      return Optional.empty();
    }
    int comma = text.lastIndexOf(',', named.start() - 1);
    int start = comma;
    while (start > 0 && ".!?\n“”\"".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    while (start < comma && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    String head = text.substring(start, comma);
    String[] words = head.split("\\s+");
    if (words.length < 2
        || words.length > MAX_HEAD_WORDS
        || !DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(described(start, comma));
  }

  /**
   * The person or body named before the appositive that ends with the comma at {@code comma}
   * ({@code Jane Doe (D-Ohio), chair of the committee, said}), looking back over up to two commas.
   */
  private Optional<Speaker> appositiveOf(int comma) {
    int k = comma;
    for (int hop = 0; hop < 2; hop++) {
      int previous = text.lastIndexOf(',', k - 1);
      if (previous <= 0 || comma - previous > 150) {
        break;
      }
      int end = skipSpaceBack(previous);
      if (end > 0 && text.charAt(end - 1) == ')') {
        int open = text.lastIndexOf('(', end);
        if (open > 0 && end - open < 40) {
          end = skipSpaceBack(open);
        }
      }
      EntityMention e = byEnd.get(end);
      if (e != null && !afterPlacePreposition(e)) {
        return Optional.of(fromEntity(e));
      }
      k = previous;
    }
    return Optional.empty();
  }

  /**
   * A source named without a determiner: a run of capitalised words ("Senate Democrats said") or a
   * plural noun ("economists say"), named by itself.
   */
  private Optional<Speaker> bareNoun(String last, int lastStart, int end) {
    if (Character.isUpperCase(last.charAt(0))) {
      int start = lastStart;
      Matcher prev = CAPITALISED_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
      while (prev.find() && start - prev.group(1).length() - 1 >= 0) {
        start = Math.max(0, start - 40) + prev.start(1);
        prev = CAPITALISED_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
      }
      String run = text.substring(start, end);
      return Optional.of(new Speaker(run, start, end, Optional.of(run.replaceAll("\\s+", " "))));
    }
    String lower = last.toLowerCase(Locale.ROOT);
    if (lower.length() > 4
        && lower.endsWith("s")
        && !lower.endsWith("ss")
        && !lexicon.isGapWord(lower)) {
      return Optional.of(new Speaker(last, lastStart, end, Optional.of(last)));
    }
    return Optional.empty();
  }

  /**
   * The noun phrase after {@code pos} ("according to a new report by the council"), up to
   * punctuation, a relative word or eight words; empty if none.
   */
  Optional<Speaker> phraseAfter(int pos) {
    Optional<Speaker> known = after(pos);
    if (known.isPresent()) {
      return known;
    }
    int i = pos;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    Matcher np = NOUN_PHRASE.matcher(text).region(i, Math.min(text.length(), i + 100));
    if (!np.lookingAt()) {
      return Optional.empty();
    }
    int end = np.end();
    while (end > np.start() + 1 && text.charAt(end - 1) == '.') {
      end--;
    }
    return Optional.of(described(np.start(), end));
  }

  /** The speaker whose mention starts just after {@code pos} (a cue's end), if any. */
  Optional<Speaker> after(int pos) {
    int i = pos;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    for (int k = i; k < Math.min(text.length(), i + 60); k++) {
      EntityMention e = byStart.get(k);
      if (e != null && isTitleGap(i, k)) {
        return Optional.of(fromEntity(e));
      }
    }
    String rest = text.substring(i, Math.min(text.length(), i + 80));
    Matcher phrase = PHRASE_AFTER.matcher(rest);
    if (phrase.find()) {
      int end = i + phrase.end(1);
      if (end < text.length() && text.charAt(end) == ',') {
        int k = end + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
          k++;
        }
        EntityMention named = byStart.get(k);
        if (named != null && named.type() != EntityType.LOCATION) {
          return Optional.of(fromEntity(named));
        }
      }
      return Optional.of(described(i + phrase.start(1), end));
    }
    Matcher w = WORD_AFTER.matcher(rest);
    return w.find() ? fromWord(w.group(1), i + w.start(1)) : Optional.empty();
  }

  /** Where the paragraph {@code n - 1} paragraphs before the one holding {@code pos} starts. */
  int paragraphsBack(int pos, int n) {
    int i = pos;
    for (int k = 0; k < n && i > 0; k++) {
      int p = text.lastIndexOf("\n\n", i - 1);
      i = p < 0 ? 0 : p;
    }
    return i;
  }

  /** The last person or organisation named in {@code [from, to)}: a partial quote's subject. */
  Optional<Speaker> subject(int from, int to) {
    for (int k = entities.size() - 1; k >= 0; k--) {
      EntityMention e = entities.get(k);
      if (e.start() >= from
          && e.end() <= to
          && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
        return Optional.of(fromEntity(e));
      }
      if (e.end() < from) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the cue at {@code cueStart} is a passive participle ({@code Jane Doe was asked about
   * the plan}, {@code he had been told}): its subject is who was addressed, not who spoke.
   */
  boolean isPassive(int cueStart, String cue) {
    String lower = cue.toLowerCase(Locale.ROOT);
    if (!lower.endsWith("ed") && !lower.equals("told")) {
      return false;
    }
    Matcher aux = PASSIVE_BEFORE.matcher(text.substring(Math.max(0, cueStart - 30), cueStart));
    return aux.find();
  }

  /**
   * The subject of the clause that a participle cue after a comma continues ({@code Jane Doe left
   * the hall in Oakport, telling reporters …}): the clause's leading pronoun or first person or
   * organisation, not the word before the comma; empty when the cue is no such participle or the
   * clause names no subject.
   */
  Optional<Speaker> participleSubject(int clauseStart, int cueStart, String cue) {
    int comma = skipSpaceBack(cueStart);
    if (!cue.toLowerCase(Locale.ROOT).endsWith("ing")
        || comma <= clauseStart
        || text.charAt(comma - 1) != ',') {
      return Optional.empty();
    }
    return leadingSubject(clauseStart, comma - 1);
  }

  /**
   * The subject of a clause that starts at {@code from}: a leading pronoun ("She"), else the first
   * person or organisation named before {@code to}.
   */
  Optional<Speaker> leadingSubject(int from, int to) {
    Matcher w = WORD_AFTER.matcher(text).region(from, to);
    if (w.lookingAt() && lexicon.pronoun(w.group(1)).isPresent()) {
      return fromWord(w.group(1), w.start(1));
    }
    for (EntityMention e : entities) {
      if (e.start() >= to) {
        break;
      }
      if (e.start() >= from
          && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
        return Optional.of(fromEntity(e));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code [from, to)} can be a title before a name: capitalised words ("Sen."), or up to
   * five words none of which is a function or time word ("former state senator"), either of them
   * perhaps after an age ("the 36-year-old").
   */
  private boolean isTitleGap(int from, int to) {
    String gap = text.substring(from, to);
    Matcher age = AGE_DESCRIPTOR.matcher(gap);
    if (age.lookingAt()) {
      gap = gap.substring(age.end());
    }
    if (gap.isEmpty() || TITLE_GAP.matcher(gap).matches()) {
      return true;
    }
    if (!LOWER_TITLE_GAP.matcher(gap).matches()) {
      return false;
    }
    for (String w : gap.strip().split("\\s+")) {
      if (lexicon.isNotTitle(w)) {
        return false;
      }
    }
    return true;
  }

  private Optional<Speaker> fromWord(String word, int start) {
    String lower = word.toLowerCase(Locale.ROOT);
    Optional<EntityType> pronoun = lexicon.pronoun(lower);
    if (pronoun.isPresent()) {
      Optional<String> name =
          pronoun.get() == EntityType.OTHER ? Optional.empty() : nearest(pronoun.get(), start);
      return Optional.of(new Speaker(word, start, start + word.length(), name));
    }
    if (lexicon.isSource(lower)) {
      return Optional.of(new Speaker(word, start, start + word.length(), Optional.of(word)));
    }
    return Optional.empty();
  }

  private Speaker described(int start, int end) {
    String phrase = text.substring(start, end);
    String[] words = phrase.split("\\s+");
    String first = words[0].toLowerCase(Locale.ROOT);
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    Optional<String> name;
    if (!first.equals("the")) {
      name = Optional.of(phrase.replaceAll("\\s+", " "));
    } else if (lexicon.isRole(last)) {
      name = nearestWithTitle(last, start);
    } else {
      name = Optional.empty();
    }
    return new Speaker(phrase, start, end, name);
  }

  private Speaker fromEntity(EntityMention e) {
    return new Speaker(e.text(), e.start(), e.end(), Optional.of(e.name()));
  }

  private Optional<String> nearest(EntityType type, int before) {
    for (int k = entities.size() - 1; k >= 0; k--) {
      EntityMention e = entities.get(k);
      if (e.end() <= before && e.type() == type) {
        return Optional.of(e.name());
      }
    }
    return Optional.empty();
  }

  private Optional<String> nearestWithTitle(String role, int before) {
    for (int k = entities.size() - 1; k >= 0; k--) {
      EntityMention e = entities.get(k);
      if (e.end() <= before && e.type() == EntityType.PERSON) {
        String context =
            text.substring(Math.max(0, e.start() - 40), e.start()).toLowerCase(Locale.ROOT).strip();
        if (context.endsWith(role)
            && (context.length() == role.length()
                || !Character.isLetter(context.charAt(context.length() - role.length() - 1)))) {
          return Optional.of(e.name());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The end of the words before a short parenthesis that ends at {@code pos} ({@code Jane Doe
   * (D-Ohio)}, {@code Acme Corp (ACM)}); {@code pos} when no such parenthesis ends there.
   */
  private int skipParenthesisBack(int pos) {
    if (pos == 0 || text.charAt(pos - 1) != ')') {
      return pos;
    }
    int open = text.lastIndexOf('(', pos - 1);
    if (open <= 0 || pos - open > MAX_PARENTHESIS) {
      return pos;
    }
    return skipSpaceBack(open);
  }

  private int skipSpaceBack(int pos) {
    int j = pos;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }
}

package org.triangulate.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Speaker;

/**
 * Finds the attribution of one {@link Segment}: a cue outside quotation marks with its source, and
 * the content around them.
 *
 * <p>The source comes before the cue ({@code X said}, {@code X told Y that}), after it ({@code “…,”
 * said X}) or after "according to". The content is what the cue governs: the words after the cue
 * (skipping "that" and the object of "told"), else the words before the source when they end with a
 * comma or a closing mark; when a quotation stands on both sides ({@code “…,” X said, “…”}) it is
 * the whole segment.
 *
 * <p>Built per text; not thread-safe.
 */
final class SegmentAttributor {
  private static final Pattern THAT = Pattern.compile("^[^.!?“”\"]{0,80}?\\bthat\\b");
  private static final Pattern OBJECT_END =
      Pattern.compile("^[^.!?“”\"]{0,80}?(?:\\bthat\\b|:|,(?=\\s*[“\"]))");
  private static final int MIN_WORDS = 3;
  private static final int OPENING_CHARS = 60;
  private static final int OPENING_WORDS = 4;
  private static final int TITLE_WORDS = 4;
  private static final Pattern WORD_END = Pattern.compile("([\\p{L}'’]+)\\s+$");
  private static final Pattern WORD_START = Pattern.compile("\\s+([\\p{L}]+)\\b");

  private final String text;
  private final List<QuoteMarks.Span> spans;
  private final SpeakerFinder speakers;
  private final Pattern cues;
  private final QuoteLexicon lexicon;
  private final Pattern participle;
  private final CueHits hits;
  private static final ObjectClauses OBJECTS = new ObjectClauses();

  SegmentAttributor(
      String text,
      List<QuoteMarks.Span> spans,
      SpeakerFinder speakers,
      Pattern cues,
      QuoteLexicon lexicon) {
    this.text = text;
    this.spans = spans;
    this.speakers = speakers;
    this.cues = cues;
    this.lexicon = lexicon;
    this.hits = new CueHits(text, cues);
    this.participle =
        Pattern.compile(
            "(?:,\\s+(?<cue>"
                + lexicon.participles()
                + ")|\\s+and\\s+(?:also\\s+|then\\s+|later\\s+)?(?<verb>"
                + lexicon.cues()
                + "))\\b",
            Pattern.CASE_INSENSITIVE);
  }

  /**
   * The attributions of {@code seg}: the one of its first cue that has a source and content, split
   * in two where a participle cue continues it ({@code X said A, adding that B}); empty if none.
   */
  List<Draft> attribute(Segment seg) {
    Optional<Draft> first = first(seg);
    if (first.isEmpty()) {
      return participleOnly(seg);
    }
    if (!first.get().direct() && text.substring(seg.start(), seg.end()).strip().endsWith(":")) {
      return List.of();
    }
    Draft d = first.get();
    Optional<Draft> main = afterRelativeClause(seg, d);
    if (main.isPresent()) {
      return List.of(d, main.get());
    }
    int end = Math.max(d.end(), seg.end());
    Matcher p = participle.matcher(text).region(d.start(), end);
    while (p.find()) {
      String g = p.group("cue") != null ? "cue" : "verb";
      if (Spans.inside(spans, p.start(g)) || lexicon.isPrepositional(p.group(g))) {
        continue;
      }
      String c = p.group(g).toLowerCase(Locale.ROOT);
      Optional<Span> a = span(d.start(), Math.min(d.end(), beforeOwnSource(d, p.start())));
      int partEnd = p.start() >= d.end() ? end : d.end();
      Optional<Span> b = span(contentStart(p.end(g), partEnd, c), partEnd);
      if (a.isPresent() && b.isPresent()) {
        return List.of(
            draft(a.get(), d.cue().orElse(c), d.speaker()), draft(b.get(), c, d.speaker()));
      }
    }
    return withSecondSource(seg, d);
  }

  /**
   * Where the first part of a split draft ends: before its own source when that stands inside it
   * ({@code “A,” Jane Doe said on Monday, adding …}, cut after the closing mark), else at {@code
   * end}.
   */
  private int beforeOwnSource(Draft d, int end) {
    if (d.speaker().isEmpty()) {
      return end;
    }
    int ss = d.speaker().get().start();
    if (ss <= d.start() || ss >= end) {
      return end;
    }
    for (int i = ss - 1; i > d.start(); i--) {
      char ch = text.charAt(i);
      if (ch == '”' || ch == '"') {
        return i + 1;
      }
    }
    return sourcePhraseStart(d.start(), ss);
  }

  /**
   * {@code d} split in two where its content holds another cue with its own source ({@code she said
   * A, but at the hearing she said B}); {@code d} alone if none.
   */
  private List<Draft> withSecondSource(Segment seg, Draft d) {
    for (CueHits.Hit cue : hits.in(d.start(), d.end())) {
      int cs = cue.start();
      if (Spans.inside(spans, cs)
          || isNounUse(seg, cs, cue.end())
          || lexicon.isPrepositional(cue.cue())) {
        continue;
      }
      Optional<Speaker> sp = speakers.before(cs);
      if (sp.isEmpty()
          || sp.get().start() <= d.start()
          || !isPronounOrName(sp.get())
          || d.speaker().filter(own -> own.start() == sp.get().start()).isPresent()) {
        continue;
      }
      String c = cue.cue();
      Optional<Span> a = span(d.start(), clauseEnd(d.start(), sp.get().start()));
      Optional<Span> b = span(contentStart(cue.end(), d.end(), c), d.end());
      if (a.isPresent() && b.isPresent() && !hasQuote(new Span(sp.get().start(), cs))) {
        return List.of(
            new Draft(a.get().start(), a.get().end(), hasQuote(a.get()), d.cue(), d.speaker()),
            draft(b.get(), c, sp));
      }
    }
    return List.of(d);
  }

  /**
   * Where the content of a relative clause's cue ends: at its closing comma when the source is a
   * relative pronoun ({@code Doe, who backed the plan on Monday, left}), else at the segment's end.
   */
  private int relativeEnd(Speaker sp, int ce, Segment seg) {
    if (!lexicon.isRelative(sp.text())) {
      return seg.end();
    }
    for (int i = ce; i < seg.end(); i++) {
      if (text.charAt(i) == ',' && !Spans.inside(spans, i)) {
        return i;
      }
    }
    return seg.end();
  }

  /**
   * The attribution of the main clause after a relative clause that held the first cue ({@code Jane
   * Doe, who called the levy a disgrace, told her supporters, “…”}): its source is the relative
   * pronoun's antecedent; empty when {@code d} is no relative clause's or no cue follows.
   */
  private Optional<Draft> afterRelativeClause(Segment seg, Draft d) {
    if (d.speaker().isEmpty()
        || !lexicon.isRelative(d.speaker().get().text())
        || d.end() >= seg.end()
        || text.charAt(d.end()) != ',') {
      return Optional.empty();
    }
    Optional<Speaker> antecedent = speakers.before(d.speaker().get().start());
    if (antecedent.isEmpty()) {
      return Optional.empty();
    }
    for (CueHits.Hit cue : hits.in(d.end(), seg.end())) {
      int cs = cue.start();
      if (Spans.inside(spans, cs)
          || isNounUse(seg, cs, cue.end())
          || lexicon.isPrepositional(cue.cue())
          || cue.cue().toLowerCase(Locale.ROOT).endsWith("ing")
          || !text.substring(d.end() + 1, cs).isBlank()) {
        continue;
      }
      return span(contentStart(cue.end(), seg.end(), cue.cue()), seg.end())
          .map(s -> draft(s, cue.cue(), antecedent));
    }
    return Optional.empty();
  }

  private boolean isPronounOrName(Speaker sp) {
    if (lexicon.isRelative(sp.text())) {
      return false;
    }
    return lexicon.pronoun(sp.text()).isPresent()
        || lexicon.isSource(sp.text())
        || Character.isUpperCase(sp.text().charAt(0)) && sp.name().isPresent();
  }

  /** The last clause break (comma, semicolon, dash) in {@code [from, to)}, else {@code to}. */
  private int clauseEnd(int from, int to) {
    for (int i = to - 1; i > from; i--) {
      char ch = text.charAt(i);
      if (ch == ',' || ch == ';' || ch == '—' || ch == '―') {
        return i;
      }
    }
    return to;
  }

  /**
   * The source and cue of a segment that introduces a quote in the next paragraph ({@code Jane Doe
   * said:}), as a draft over the segment itself; empty if it does not end with a colon.
   */
  Optional<Draft> introduction(Segment seg) {
    String body = text.substring(seg.start(), seg.end()).strip();
    if (!body.endsWith(":")) {
      return Optional.empty();
    }
    for (CueHits.Hit cue : hits.in(seg.start(), seg.end())) {
      int cs = cue.start();
      Optional<Speaker> sp = speakers.before(cs);
      if (sp.isEmpty()) {
        sp = speakers.leadingSubject(seg.start(), cs);
      }
      if (sp.isPresent()) {
        String c = cue.cue();
        return Optional.of(new Draft(seg.start(), seg.end(), true, Optional.of(c), sp));
      }
    }
    return Optional.empty();
  }

  /**
   * "Jane Doe left early, saying that …": a participle cue whose source is the clause's subject.
   */
  private List<Draft> participleOnly(Segment seg) {
    Matcher p = participle.matcher(text).region(seg.start(), seg.end());
    while (p.find()) {
      if (p.group("cue") == null || Spans.inside(spans, p.start("cue"))) {
        continue;
      }
      Optional<Speaker> sp = speakers.leadingSubject(seg.start(), p.start());
      String c = p.group("cue").toLowerCase(Locale.ROOT);
      Optional<Span> b = span(contentStart(p.end("cue"), seg.end(), c), seg.end());
      if (sp.isPresent() && b.isPresent()) {
        return List.of(draft(b.get(), c, sp));
      }
    }
    return List.of();
  }

  /**
   * The attribution of the segment's first cue that has a source and content; a trailing "…,
   * according to X" comes first, as it governs the whole clause before it.
   */
  private Optional<Draft> first(Segment seg) {
    for (boolean trailingOnly : new boolean[] {true, false}) {
      for (CueHits.Hit cue : hits.in(seg.start(), seg.end())) {
        int cs = cue.start();
        int ce = cue.end();
        if (Spans.inside(spans, cs)
            || isNounUse(seg, cs, ce)
            || speakers.isPassive(cs, cue.cue())) {
          continue;
        }
        String c = cue.cue();
        boolean prepositional = lexicon.isPrepositional(c);
        if (trailingOnly && !(prepositional && endsWithBreak(seg.start(), cs))) {
          continue;
        }
        Optional<Draft> d = prepositional ? according(seg, cs, ce, c) : verbal(seg, cs, ce, c);
        if (d.isPresent() && (prepositional || !opensWithOtherSource(d.get(), ce))) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a draft's content opens with a short phrase and then another source's cue ({@code In a
   * statement posted Friday, Jane Doe said …}): that later cue, not this one, governs the sentence.
   */
  private boolean opensWithOtherSource(Draft d, int cueEnd) {
    for (CueHits.Hit later : hits.in(d.start(), Math.min(d.end(), d.start() + OPENING_CHARS))) {
      if (later.start() < cueEnd
          || Spans.inside(spans, later.start())
          || lexicon.isPrepositional(later.cue())) {
        continue;
      }
      Optional<Speaker> sp = speakers.before(later.start());
      if (sp.isEmpty() || sp.get().start() <= d.start() || !isPronounOrName(sp.get())) {
        continue;
      }
      String opening = text.substring(d.start(), sp.get().start()).strip();
      return opening.endsWith(",")
          && Spans.words(text, d.start(), sp.get().start()) <= OPENING_WORDS;
    }
    return false;
  }

  /**
   * Whether the cue word at {@code [cs, ce)} is used as a noun or a name, not a verb: capitalised
   * inside a sentence ("the United States"), after a determiner or possessive ("the president's
   * claims") or before an auxiliary ("the states were"), unless the cue is a verb only ("that the
   * developer says will").
   */
  private boolean isNounUse(Segment seg, int cs, int ce) {
    String before = text.substring(Math.max(seg.start(), cs - 30), cs);
    Matcher w = WORD_END.matcher(before);
    if (cs > 0 && text.charAt(cs - 1) == '-') {
      return true;
    }
    if (Character.isUpperCase(text.charAt(cs)) && cs > seg.start() && w.find()) {
      return true;
    }
    if (w.find(0) && (lexicon.marksNoun(w.group(1)) || w.group(1).matches(".*['’]s"))) {
      return true;
    }
    if (lexicon.isVerbOnly(text.substring(cs, ce))) {
      return false;
    }
    Matcher a = WORD_START.matcher(text).region(ce, Math.min(seg.end(), ce + 30));
    return a.lookingAt() && lexicon.followsNoun(a.group(1));
  }

  private Optional<Draft> according(Segment seg, int cs, int ce, String c) {
    Optional<Speaker> sp = speakers.phraseAfter(ce);
    if (sp.isEmpty()) {
      return Optional.empty();
    }
    Optional<Span> left = span(seg.start(), cs);
    if (left.isPresent() && endsWithBreak(seg.start(), cs)) {
      Optional<Span> right = span(sp.get().end(), seg.end()).filter(this::hasQuote);
      return Optional.of(draft(union(left.get(), right), c, sp));
    }
    return span(afterSourcePhrase(sp.get().end(), seg.end()), seg.end()).map(r -> draft(r, c, sp));
  }

  /**
   * Where the content of a leading "According to X, …" starts: after the first comma outside
   * quotation marks past the source, which ends the source phrase ("According to a report by the
   * council, …"); {@code from} when there is none.
   */
  private int afterSourcePhrase(int from, int end) {
    for (int i = from; i < end; i++) {
      if (Spans.inside(spans, i)) {
        return from;
      }
      if (text.charAt(i) == ',') {
        return span(i + 1, end).isPresent() ? i + 1 : from;
      }
    }
    return from;
  }

  private Optional<Draft> verbal(Segment seg, int cs, int ce, String c) {
    Optional<Speaker> direct =
        speakers.participleSubject(seg.start(), cs, c).or(() -> speakers.before(cs));
    Optional<Speaker> sp =
        direct.isEmpty() && !endsWithBreak(seg.start(), cs)
            ? speakers.leadingSubject(seg.start(), cs)
            : direct;
    if (sp.isPresent() && sp.get().start() >= seg.start()) {
      Optional<Span> right = span(contentStart(ce, seg.end(), c), relativeEnd(sp.get(), ce, seg));
      int leftEnd = sourcePhraseStart(seg.start(), sp.get().start());
      Optional<Span> left =
          endsWithBreak(seg.start(), leftEnd) ? span(seg.start(), leftEnd) : Optional.empty();
      if (left.isPresent() && hasQuote(left.get()) && !isSettingWithTitle(left.get())) {
        return Optional.of(draft(union(left.get(), right.filter(this::hasQuote)), c, sp));
      }
      if (left.isPresent() && right.isPresent() && text.startsWith(",", skip(ce))) {
        return Optional.of(draft(union(left.get(), right), c, sp));
      }
      if (right.isPresent()) {
        return Optional.of(draft(right.get(), c, sp));
      }
      return left.filter(l -> !isHeadOf(l, sp.get()) && !lexicon.isRelative(sp.get().text()))
          .map(l -> draft(l, c, sp));
    }
    Optional<Speaker> after = speakers.after(ce);
    if (after.isPresent() && endsWithBreak(seg.start(), cs)) {
      Optional<Span> left = span(seg.start(), cs);
      if (left.isPresent()) {
        Optional<Span> right =
            text.startsWith(",", skip(after.get().end()))
                ? span(after.get().end(), seg.end())
                : Optional.empty();
        Optional<Span> rightQuoted = right.filter(this::hasQuote);
        return Optional.of(draft(union(left.get(), rightQuoted), c, after));
      }
    }
    return Optional.empty();
  }

  private int contentStart(int ce, int end, String c) {
    Matcher that = THAT.matcher(text).region(ce, end);
    if (lexicon.takesObject(c)) {
      Matcher obj = OBJECT_END.matcher(text).region(ce, end);
      return obj.find() ? obj.end() : OBJECTS.clauseStart(text, ce, end).orElse(end);
    }
    if (that.find() && that.end() - ce < 12) {
      return that.end();
    }
    return ce;
  }

  /**
   * Whether {@code left} is a setting that quotes only a short title ({@code In an interview on
   * “Morning Desk,” the mayor said …}): it opens with a place preposition and its quoted words are
   * few, so it is no quotation of the source.
   */
  private boolean isSettingWithTitle(Span left) {
    Matcher first = WORD_START.matcher(" " + text.substring(left.start(), left.end()));
    if (!first.lookingAt() || !lexicon.isPlacePreposition(first.group(1))) {
      return false;
    }
    int quoted = 0;
    for (QuoteMarks.Span q : spans) {
      if (q.open() >= left.start() && q.start() < left.end()) {
        quoted += Spans.words(text, q.start(), q.end());
      }
    }
    return quoted <= TITLE_WORDS;
  }

  /**
   * Whether {@code left} is only the head of an appositive that names the source ({@code The chair,
   * Jane Doe, said}).
   */
  private boolean isHeadOf(Span left, Speaker sp) {
    return text.startsWith(",", sp.end())
        && text.substring(left.end(), sp.start()).matches("[\\s,]*(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}");
  }

  /** Where the words leading up to a source (its title: "party chairman") begin. */
  private int sourcePhraseStart(int from, int sourceStart) {
    int i = sourceStart;
    int words = 0;
    while (i > from && words < 8) {
      char ch = text.charAt(i - 1);
      if (Character.isWhitespace(ch)) {
        words++;
      } else if (!Character.isLetterOrDigit(ch) && "’'.-()".indexOf(ch) < 0) {
        return i;
      }
      i--;
    }
    return sourceStart;
  }

  private int skip(int pos) {
    int i = pos;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private boolean endsWithBreak(int from, int to) {
    String before = text.substring(from, to).strip();
    if (before.isEmpty()) {
      return false;
    }
    char last = before.charAt(before.length() - 1);
    return last == ',' || last == '”' || last == '"' || last == '—' || last == '―' || last == '\'';
  }

  private boolean hasQuote(Span s) {
    return Spans.marks(text, s.start(), s.end()) > 0;
  }

  /** The content span in {@code [from, to)} trimmed of spaces and edge punctuation. */
  private Optional<Span> span(int from, int to) {
    int s = from;
    int e = to;
    while (s < e
        && (Character.isWhitespace(text.charAt(s)) || ",:—―-".indexOf(text.charAt(s)) >= 0)) {
      s++;
    }
    while (e > s
        && (Character.isWhitespace(text.charAt(e - 1))
            || ",;:—―-".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e > s + 1
        && text.charAt(e - 1) == '.'
        && (Character.isLowerCase(text.charAt(e - 2)) || Character.isDigit(text.charAt(e - 2)))) {
      e--;
    }
    Span span = new Span(s, e);
    if (e <= s || Spans.words(text, s, e) < (hasQuote(span) ? 1 : MIN_WORDS)) {
      return Optional.empty();
    }
    return Optional.of(span);
  }

  private static Span union(Span a, Optional<Span> b) {
    return b.map(x -> new Span(Math.min(a.start(), x.start()), Math.max(a.end(), x.end())))
        .orElse(a);
  }

  private Draft draft(Span s, String cue, Optional<Speaker> sp) {
    Span cut = endAtQuotation(s);
    return new Draft(cut.start(), cut.end(), hasQuote(cut), Optional.of(cue), sp);
  }

  /**
   * The content ending with its quotation when a comma closes that quotation and only unquoted
   * words follow ({@code called the plan “a dead end,” and left}); {@code s} otherwise.
   */
  private Span endAtQuotation(Span s) {
    if (!QuotedTails.opensQuoted(text, s.start())) {
      return s;
    }
    for (int i = s.start() + 1; i < s.end() - 1; i++) {
      char ch = text.charAt(i);
      if ((ch == '”' || ch == '"') && text.charAt(i - 1) == ',' && !Spans.inside(spans, i + 1)) {
        Span rest = new Span(i + 1, s.end());
        if (!hasQuote(rest) && Spans.words(text, rest.start(), rest.end()) > 0) {
          return new Span(s.start(), i + 1);
        }
        return s;
      }
    }
    return s;
  }

  /** A stretch of text. */
  private record Span(int start, int end) {}
}

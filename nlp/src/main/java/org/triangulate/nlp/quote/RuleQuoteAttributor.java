package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.EntityMention;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Speaker;

/**
 * A quote attributor driven by quotation marks, cue words and patterns.
 *
 * <p>Direct quotes are the spans between double quotation marks ({@link QuoteMarks}). Each takes
 * its cue and speaker from the words after the closing mark ({@code “…,” she said}, {@code “…,”
 * said Jane Doe}, {@code “…” Doe said}), else from the words before the opening mark ({@code Jane
 * Doe said: “…”}); a partial quote inside a sentence takes the cue of its sentence, else the
 * nearest earlier named entity of its sentence with no cue; a quote that has none of these takes
 * the speaker of the quote before it in the same or the previous paragraph (continued quotes).
 * Reported speech is a sentence with a cue outside quotation marks: {@code X said (that) …}, {@code
 * X told Y that …}, {@code according to X, …}, {@code …, according to X}, {@code …, X said}.
 *
 * <p>Immutable and thread-safe; build once and share. Linear in the text for bounded sentences.
 */
public final class RuleQuoteAttributor implements QuoteAttributor {
  private static final int WINDOW = 160;
  private static final Pattern THAT = Pattern.compile("^[^.!?“”\"]{0,60}?\\bthat\\b");

  private final QuoteLexicon lexicon = new QuoteLexicon();
  private final Pattern cueAtStart;
  private final Pattern cueAtEnd;
  private final Pattern cueAnywhere;
  private final Pattern cueNear;

  /** An attributor with the bundled cue and source lists. */
  public RuleQuoteAttributor() {
    String cue = "(?<cue>" + lexicon.cues() + ")";
    cueAtStart = Pattern.compile("^[\\s,]*" + cue + "\\b", Pattern.CASE_INSENSITIVE);
    cueAtEnd =
        Pattern.compile("\\b" + cue + "\\b[^.!?“”\"]{0,60}?[:,]?\\s*$", Pattern.CASE_INSENSITIVE);
    cueAnywhere = Pattern.compile("\\b" + cue + "\\b", Pattern.CASE_INSENSITIVE);
    cueNear = Pattern.compile("^[^.!?“”\"\\n]{0,60}?\\b" + cue + "\\b", Pattern.CASE_INSENSITIVE);
  }

  @Override
  public List<Quote> attribute(
      String articleId, String text, List<Sentence> sentences, List<EntityMention> entities) {
    SpeakerFinder speakers = new SpeakerFinder(text, entities, lexicon);
    List<Draft> drafts = new ArrayList<>();
    List<QuoteMarks.Span> spans = QuoteMarks.find(text);
    Draft previous = null;
    for (QuoteMarks.Span span : spans) {
      Draft d = direct(text, span, sentences, speakers);
      if (d.speaker.isEmpty()
          && previous != null
          && previous.speaker.isPresent()
          && paragraphsApart(text, previous.end, span.open()) <= 1) {
        d = new Draft(d.start, d.end, true, previous.cue, previous.speaker);
      }
      drafts.add(d);
      previous = d;
    }
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft d = drafts.get(i);
      Draft next = drafts.get(i + 1);
      if (!spans.get(i).closed() && d.speaker.isEmpty() && next.speaker.isPresent()) {
        drafts.set(i, new Draft(d.start, d.end, true, next.cue, next.speaker));
      }
    }
    for (Sentence s : sentences) {
      reported(text, s, spans, speakers).ifPresent(drafts::add);
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.end));
    List<Quote> out = new ArrayList<>();
    for (Draft d : drafts) {
      String id = articleId + "#q" + (out.size() + 1);
      out.add(
          new Quote(
              id, text.substring(d.start, d.end), d.start, d.end, d.direct, d.cue, d.speaker));
    }
    return List.copyOf(out);
  }

  private Draft direct(
      String text, QuoteMarks.Span span, List<Sentence> sentences, SpeakerFinder speakers) {
    if (span.closed()) {
      int limit = Math.min(text.length(), span.after() + WINDOW);
      Matcher cue = cueAtStart.matcher(text).region(span.after(), limit);
      if (cue.find()) {
        Optional<Speaker> sp = speakers.after(cue.end());
        if (sp.isPresent()) {
          return new Draft(span.start(), span.end(), true, cueText(cue), sp);
        }
      }
      Matcher near = cueNear.matcher(text).region(span.after(), limit);
      if (near.find()) {
        Optional<Speaker> sp = speakers.before(near.start("cue"));
        if (sp.isPresent() && sp.get().start() >= span.after()) {
          return new Draft(span.start(), span.end(), true, cueText(near), sp);
        }
      }
    }
    int from = paragraphStart(text, span.open());
    Matcher before =
        cueAtEnd.matcher(text).region(Math.max(from, span.open() - WINDOW), span.open());
    if (before.find()) {
      Optional<Speaker> sp = speakers.before(before.start("cue"));
      if (sp.isEmpty()) {
        sp = speakers.after(before.end("cue"));
      }
      if (sp.isPresent()) {
        return new Draft(span.start(), span.end(), true, cueText(before), sp);
      }
    }
    Optional<Sentence> sentence = sentenceAt(sentences, span.open());
    if (sentence.isPresent() && sentence.get().start() < span.open() - 1) {
      Sentence s = sentence.get();
      Matcher cue = cueAnywhere.matcher(text).region(s.start(), span.open());
      if (cue.find()) {
        Optional<Speaker> sp = speakers.before(cue.start("cue"));
        return new Draft(span.start(), span.end(), true, cueText(cue), sp);
      }
      return new Draft(
          span.start(),
          span.end(),
          true,
          Optional.empty(),
          speakers.subject(s.start(), span.open()));
    }
    return new Draft(span.start(), span.end(), true, Optional.empty(), Optional.empty());
  }

  private Optional<Draft> reported(
      String text, Sentence s, List<QuoteMarks.Span> spans, SpeakerFinder speakers) {
    Matcher cue = cueAnywhere.matcher(text).region(s.start(), s.end());
    while (cue.find()) {
      if (insideQuote(spans, cue.start())) {
        continue;
      }
      String c = cue.group("cue").toLowerCase(Locale.ROOT);
      int cueStart = cue.start("cue");
      int cueEnd = cue.end("cue");
      Optional<Draft> d;
      if (c.startsWith("according")) {
        Optional<Speaker> sp = speakers.after(cueEnd);
        if (sp.isEmpty()) {
          continue;
        }
        d =
            endsWithComma(text, s.start(), cueStart)
                ? content(text, s.start(), cueStart, cueText(cue), sp, spans)
                : content(text, sp.get().end(), s.end(), cueText(cue), sp, spans);
      } else {
        Optional<Speaker> sp = speakers.before(cueStart);
        if (sp.isPresent() && endsWithComma(text, s.start(), sp.get().start())) {
          d = content(text, s.start(), sp.get().start(), cueText(cue), sp, spans);
        } else if (sp.isPresent()) {
          d = forward(text, cueEnd, s.end(), c, cueText(cue), sp, spans);
        } else {
          Optional<Speaker> after = speakers.after(cueEnd);
          d =
              after.isPresent() && endsWithComma(text, s.start(), cueStart)
                  ? content(text, s.start(), cueStart, cueText(cue), after, spans)
                  : Optional.empty();
        }
      }
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<Draft> forward(
      String text,
      int from,
      int to,
      String cue,
      Optional<String> cueText,
      Optional<Speaker> speaker,
      List<QuoteMarks.Span> spans) {
    Matcher that = THAT.matcher(text).region(from, to);
    int start = from;
    if (cue.startsWith("told") || cue.startsWith("tells")) {
      if (!that.find()) {
        return Optional.empty();
      }
      start = that.end();
    } else if (that.lookingAt() && that.end() - from < 8) {
      start = that.end();
    }
    return content(text, start, to, cueText, speaker, spans);
  }

  private static boolean endsWithComma(String text, int from, int to) {
    String before = text.substring(from, to).strip();
    return before.endsWith(",") && countWords(before) >= 3;
  }

  private static Optional<Draft> content(
      String text,
      int from,
      int to,
      Optional<String> cue,
      Optional<Speaker> speaker,
      List<QuoteMarks.Span> spans) {
    int s = from;
    int e = to;
    while (s < e && (Character.isWhitespace(text.charAt(s)) || ",:".indexOf(text.charAt(s)) >= 0)) {
      s++;
    }
    while (e > s
        && (Character.isWhitespace(text.charAt(e - 1))
            || ",.;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e <= s || countWords(text.substring(s, e)) < 3) {
      return Optional.empty();
    }
    char first = text.charAt(s);
    if (first == '“' || first == '"' || insideQuote(spans, s)) {
      return Optional.empty();
    }
    return Optional.of(new Draft(s, e, false, cue, speaker));
  }

  private static boolean insideQuote(List<QuoteMarks.Span> spans, int pos) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteMarks.Span q = spans.get(mid);
      if (pos < q.open()) {
        hi = mid - 1;
      } else if (pos >= q.after()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static int countWords(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }

  private static Optional<String> cueText(Matcher m) {
    return Optional.of(m.group("cue").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  private static Optional<Sentence> sentenceAt(List<Sentence> sentences, int pos) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (pos < s.start()) {
        hi = mid - 1;
      } else if (pos >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static int paragraphStart(String text, int pos) {
    int p = text.lastIndexOf("\n\n", pos);
    return p < 0 ? 0 : p + 2;
  }

  private static int paragraphsApart(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to - 1; i++) {
      if (text.charAt(i) == '\n' && text.charAt(i + 1) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** A quote before ids are given. */
  private record Draft(
      int start, int end, boolean direct, Optional<String> cue, Optional<Speaker> speaker) {}
}

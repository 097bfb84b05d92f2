package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.triangulate.model.EntityMention;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Speaker;

/**
 * A news quote attributor driven by quotation marks, cue words and the place of the source.
 *
 * <p>The text is cut into {@link Segment}s: sentences, joined where a quotation runs over several.
 * Each segment gets at most one attribution, found by {@link SegmentAttributor}: a cue outside
 * quotation marks with a source next to it ({@code “…,” she said}, {@code said X}, {@code X said:},
 * {@code X told Y that …}, {@code according to X, …}, {@code X noted that …}, {@code X called the
 * plan a “dead end”}); its content is the stretch the cue governs, quoted and unquoted words
 * together, and it is direct when that stretch holds a quotation mark. A segment that holds a
 * quotation but no cue is a continued quote: it extends the direct quote just before it in the same
 * paragraph ({@code “…,” she said. “…”} is one quote), else it takes the speaker of the quote just
 * before it (in the same or the previous paragraph), or, when its quotation is left open at the
 * paragraph's end, of the quote just after it.
 *
 * <p>Immutable and thread-safe; build once and share. Linear in the text for bounded sentences.
 */
public final class RuleQuoteAttributor implements QuoteAttributor {
  private final QuoteLexicon lexicon = new QuoteLexicon();
  private final TranscriptLabels transcript = new TranscriptLabels();
  private final QuotedTails tails = new QuotedTails();
  private final EvaluativeFrames evaluative = new EvaluativeFrames();
  private final Pattern cues;

  /** An attributor with the bundled cue and source lists. */
  public RuleQuoteAttributor() {
    cues = Pattern.compile("\\b(?<cue>" + lexicon.cues() + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  @Override
  public List<Quote> attribute(
      String articleId, String text, List<Sentence> sentences, List<EntityMention> entities) {
    SpeakerFinder speakers = new SpeakerFinder(text, entities, lexicon);
    List<QuoteMarks.Span> spans = QuoteMarks.find(text);
    SegmentAttributor rules = new SegmentAttributor(text, spans, speakers, cues, lexicon);
    List<Draft> drafts = new ArrayList<>();
    List<Boolean> openEnded = new ArrayList<>();
    List<Boolean> bare = new ArrayList<>();
    Draft previous = null;
    List<Draft> signed = new ArrayList<>(DashBylines.find(text));
    signed.addAll(transcript.find(text, entities));
    SourcelessCues sourceless = new SourcelessCues(text, spans);
    List<Draft> unsourced = new ArrayList<>();
    for (Segment seg : Segmenter.segments(text, sentences, spans)) {
      if (overlapsAny(signed, seg.start(), seg.end())) {
        continue;
      }
      List<Draft> found = rules.attribute(seg);
      if (!found.isEmpty() || !seg.quoted()) {
        for (Draft u : sourceless.find(seg)) {
          if (!overlapsAny(found, u.start(), u.end())) {
            unsourced.add(u);
          }
        }
      }
      if (found.size() > 1) {
        for (Draft f : found) {
          drafts.add(f);
          bare.add(false);
          openEnded.add(false);
        }
        previous = found.get(found.size() - 1);
        continue;
      }
      Optional<Draft> d = found.stream().findFirst();
      if (d.isEmpty()
          && seg.startsQuoted()
          && previous != null
          && previous.direct()
          && !drafts.isEmpty()
          && previous == drafts.get(drafts.size() - 1)
          && (paragraphsApart(text, previous.end(), seg.start()) == 0
              || QuotedParagraphs.carriesOn(text, spans, previous.end(), seg.start()))) {
        previous = previous.extendedTo(trimEnd(text, seg.start(), seg.end()));
        drafts.set(drafts.size() - 1, previous);
        openEnded.set(openEnded.size() - 1, endsOpen(spans, seg));
        continue;
      }
      boolean isBare = false;
      if (d.isEmpty() && seg.quoted()) {
        d = continued(text, seg, previous, speakers, spans);
        isBare = seg.startsQuoted();
      }
      if (d.isEmpty()) {
        Optional<Draft> intro = rules.introduction(seg);
        if (intro.isPresent()) {
          previous = intro.get();
        }
      }
      if (d.isPresent()) {
        drafts.add(d.get());
        bare.add(isBare);
        openEnded.add(endsOpen(spans, seg));
        previous = d.get();
      }
    }
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft d = drafts.get(i);
      Draft next = drafts.get(i + 1);
      if (bare.get(i)
          && !bare.get(i + 1)
          && next.direct()
          && isOpening(text.charAt(next.start()))
          && paragraphsApart(text, d.end(), next.start()) == 0) {
        drafts.set(i, new Draft(d.start(), next.end(), true, next.cue(), next.speaker()));
        drafts.remove(i + 1);
        bare.remove(i + 1);
        openEnded.remove(i + 1);
        continue;
      }
      if (openEnded.get(i)
          && d.speaker().isEmpty()
          && next.speaker().isPresent()
          && paragraphsApart(text, d.end(), next.start()) <= 1) {
        drafts.set(i, d.withSpeaker(next.cue(), next.speaker()));
      }
    }
    drafts.addAll(signed);
    drafts.addAll(unsourced);
    drafts.sort(Comparator.comparingInt(Draft::start));
    List<Quote> out = new ArrayList<>();
    for (Draft found : evaluative.split(text, spans, drafts)) {
      Draft d = tails.trim(text, QuoteFrames.trim(text, spans, orLastNamed(found, speakers)));
      int[] span = withoutOuterMarks(text, d.start(), d.end());
      String id = articleId + "#q" + (out.size() + 1);
      out.add(
          new Quote(
              id,
              QuoteText.of(text, spans, span[0], span[1], d.direct()),
              span[0],
              span[1],
              d.direct(),
              d.cue(),
              d.speaker()));
    }
    return List.copyOf(out);
  }

  /**
   * {@code d} with the last person or organisation named in its paragraph or the one before as
   * speaker when it is a quotation that no cue or earlier quote attributes: news names the speaker
   * of a stand-alone quotation just before it.
   */
  private static Draft orLastNamed(Draft d, SpeakerFinder speakers) {
    if (!d.direct() || d.speaker().isPresent() || d.cue().isPresent()) {
      return d;
    }
    return d.withSpeaker(
        Optional.empty(), speakers.subject(speakers.paragraphsBack(d.start(), 2), d.start()));
  }

  private static boolean overlapsAny(List<Draft> drafts, int start, int end) {
    for (Draft d : drafts) {
      if (d.start() < end && start < d.end()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Draft> continued(
      String text,
      Segment seg,
      Draft previous,
      SpeakerFinder speakers,
      List<QuoteMarks.Span> spans) {
    int s = seg.start();
    int e = trimEnd(text, s, seg.end());
    if (e <= s || Spans.words(text, s, e) < 1) {
      return Optional.empty();
    }
    boolean direct = Spans.marks(text, s, e) > 0;
    if (seg.startsQuoted()) {
      OptionalInt frame = QuoteFrames.frameAfter(text, spans, s, e);
      Optional<Speaker> framed =
          frame.isPresent() ? speakers.after(frame.getAsInt()) : Optional.empty();
      if (framed.isPresent()) {
        return Optional.of(new Draft(s, e, direct, Optional.empty(), framed));
      }
      boolean near =
          previous != null
              && previous.speaker().isPresent()
              && paragraphsApart(text, previous.end(), s) <= 1;
      return Optional.of(
          near
              ? new Draft(s, e, direct, previous.cue(), previous.speaker())
              : new Draft(s, e, direct, Optional.empty(), Optional.empty()));
    }
    QuoteMarks.Span first = firstIn(spans, seg);
    if (first == null
        || Spans.words(text, first.start(), first.end()) < 6
        || isTitle(text, first.start(), first.end())) {
      return Optional.empty();
    }
    Optional<Speaker> subject = speakers.leadingSubject(s, first.open());
    if (subject.isEmpty()) {
      subject = speakers.subject(s, first.open());
    }
    return Optional.of(new Draft(s, e, direct, Optional.empty(), subject));
  }

  /** Whether every word of {@code [from, to)} longer than three letters is capitalised. */
  private static boolean isTitle(String text, int from, int to) {
    for (String w : text.substring(from, to).split("[^\\p{L}]+")) {
      if (w.length() > 3 && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static QuoteMarks.Span firstIn(List<QuoteMarks.Span> spans, Segment seg) {
    for (QuoteMarks.Span q : spans) {
      if (q.open() >= seg.start() && q.open() < seg.end()) {
        return q;
      }
    }
    return null;
  }

  private static boolean endsOpen(List<QuoteMarks.Span> spans, Segment seg) {
    for (QuoteMarks.Span q : spans) {
      if (q.open() >= seg.start() && q.open() < seg.end() && !q.closed()) {
        return true;
      }
    }
    return false;
  }

  private static int trimEnd(String text, int s, int end) {
    int e = end;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The span without the opening and closing marks when it starts and ends with them. */
  private static int[] withoutOuterMarks(String text, int start, int end) {
    int s = start;
    int e = end;
    if (isOpening(text.charAt(s)) && isClosing(text.charAt(e - 1)) && e - s > 2) {
      s++;
      e--;
      while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
        e--;
      }
    } else if (isOpening(text.charAt(s)) && e - s > 1 && Spans.marks(text, s, e) == 1) {
      s++;
    }
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    return e > s ? new int[] {s, e} : new int[] {start, end};
  }

  private static boolean isOpening(char c) {
    return c == '“' || c == '"' || c == '„' || c == '«';
  }

  private static boolean isClosing(char c) {
    return c == '”' || c == '"' || c == '»';
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
}

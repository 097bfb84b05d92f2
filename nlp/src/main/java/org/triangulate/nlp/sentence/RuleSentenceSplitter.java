package org.triangulate.nlp.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.nlp.internal.Lexicon;

/**
 * A sentence splitter driven by punctuation and a list of abbreviations.
 *
 * <p>A sentence ends at a line break (so a paragraph break always ends one), or after {@code .},
 * {@code !}, {@code ?} or an ellipsis, with any closing quotation marks and brackets, when white
 * space and then an upper-case letter, digit or opening mark follow. A full stop does not end a
 * sentence after a listed abbreviation ("Mr.", "Jan.") or an initial ("J."), unless a common
 * sentence starter follows an abbreviation ("in the U.S. The"). Decimals (2.5) contain no space and
 * never split.
 *
 * <p>Immutable and thread-safe; build once (it reads its resources) and share. Linear in the text.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
  private final Set<String> abbreviations;
  private final Set<String> starters;

  /** A splitter with the bundled abbreviation and sentence-starter lists. */
  public RuleSentenceSplitter() {
    this.abbreviations = Lexicon.lowerSet("sentence/abbreviations.txt");
    this.starters = Lexicon.set("sentence/sentence-starters.txt");
  }

  @Override
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(text, start, i, out);
        start = i + 1;
        i++;
      } else if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < n && isTerminal(text.charAt(end))) {
          end++;
        }
        while (end < n && isCloser(text.charAt(end))) {
          end++;
        }
        if (endsSentence(text, i, end)) {
          add(text, start, end, out);
          start = end;
        }
        i = end;
      } else {
        i++;
      }
    }
    add(text, start, n, out);
    return List.copyOf(out);
  }

  private boolean endsSentence(String text, int mark, int end) {
    int n = text.length();
    int next = end;
    boolean space = false;
    while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
      next++;
      space = true;
    }
    if (next >= n || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
      return true;
    }
    if (!space) {
      return false;
    }
    char following = text.charAt(next);
    if (!(Character.isUpperCase(following)
        || Character.isDigit(following)
        || isOpener(following))) {
      return false;
    }
    if (text.charAt(mark) != '.' || (mark + 1 < n && text.charAt(mark + 1) == '.')) {
      return true;
    }
    String word = wordBefore(text, mark);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (abbreviations.contains(word.toLowerCase(Locale.ROOT))) {
      return starters.contains(wordAt(text, next));
    }
    return true;
  }

  /** The word (letters and inner full stops, as in "U.S") that ends just before {@code mark}. */
  private static String wordBefore(String text, int mark) {
    int s = mark;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    return text.substring(s, mark);
  }

  private static String wordAt(String text, int from) {
    int e = from;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(from, e);
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«';
  }

  private static void add(String text, int from, int to, List<Sentence> out) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new Sentence(s, e));
    }
  }
}

package org.triangulate.nlp.entity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.triangulate.model.Sentence;
import org.triangulate.nlp.internal.Token;
import org.triangulate.nlp.internal.Tokenizer;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;

/**
 * How far tagging only the windows around capitals agrees with tagging whole sentences, and how
 * much faster it is, over a folder of plain-text articles: a measuring tool, run with {@code java
 * -cp} as {@link org.triangulate.nlp.bench.EntityStageBenchmark} is. Not thread-safe.
 */
final class WindowAgreement {
  private WindowAgreement() {}

  public static void main(String[] args) throws Exception {
    NerTagger tagger = NerTagger.shared();
    RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    List<List<Token>> sentences;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      sentences =
          files
              .sorted()
              .limit(Integer.parseInt(args[1]))
              .flatMap(p -> tokens(p, splitter))
              .toList();
    }
    List<List<String>> full = null;
    for (int window : new int[] {0, NerTagger.WINDOW, 0, NerTagger.WINDOW, 2, 4}) {
      long t0 = System.nanoTime();
      List<List<String>> got = new ArrayList<>();
      for (List<Token> s : sentences) {
        got.add(tagger.tags(s, window));
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (window == 0) {
        full = got;
      }
      long same = 0;
      long named = 0;
      long tokens = 0;
      for (int i = 0; i < got.size(); i++) {
        for (int k = 0; k < got.get(i).size(); k++) {
          String a = full.get(i).get(k);
          String b = got.get(i).get(k);
          boolean name = !a.equals(NerTagger.OUTSIDE) || !b.equals(NerTagger.OUTSIDE);
          named += name ? 1 : 0;
          same += name && a.equals(b) ? 1 : 0;
          tokens++;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "window %d: %d tokens in %.1f s (%.0f tokens/s), name-token agreement with whole"
              + " sentences %.4f (%d/%d)%n",
          window,
          tokens,
          seconds,
          tokens / seconds,
          named == 0 ? 1.0 : (double) same / named,
          same,
          named);
    }
  }

  private static Stream<List<Token>> tokens(Path p, RuleSentenceSplitter splitter) {
    try {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      List<Sentence> sentences = splitter.split(text);
      return sentences.stream().map(s -> Tokenizer.tokens(text, s.start(), s.end()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

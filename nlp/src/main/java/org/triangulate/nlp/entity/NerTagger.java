package org.triangulate.nlp.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.triangulate.nlp.internal.Token;

/**
 * Stanford CoreNLP's CRF named-entity classifier (the CoNLL four-class model with distributional
 * similarity features: PERSON, ORGANIZATION, LOCATION, MISC), tagging our own tokens.
 *
 * <p>The model (about 18 MB) is copied at build time from the CoreNLP models jar into this module's
 * classes; it is loaded once per JVM, on first use of {@link #shared()}, which takes a few seconds.
 * Thread-safe: the classifier keeps no state between calls (its set of known lower-case words is
 * not extended at test time), so one instance serves every thread and gives the same tags whatever
 * the order of calls.
 */
final class NerTagger {
  /** The tag of a token outside any entity. */
  static final String OUTSIDE = "O";

  private static final String MODEL =
      "/org/triangulate/nlp/entity/model/english.conll.4class.distsim.crf.ser.gz";

  /** Tokens kept on each side of a capitalised token when only windows are tagged. */
  static final int WINDOW = 3;

  private final CRFClassifier<CoreLabel> classifier;

  private NerTagger(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** The tagger with the bundled model, loaded on first call. */
  static NerTagger shared() {
    return Holder.INSTANCE;
  }

  /**
   * One tag per token of one sentence: an entity class or {@link #OUTSIDE}. Only the windows of
   * {@value #WINDOW} tokens around capitalised tokens are tagged, each as a sentence of its own;
   * tokens farther from any capital are outside every name. This skips about two fifths of news
   * text at little cost (names are capitalised, and the model's features look a few tokens away).
   */
  List<String> tags(List<Token> tokens) {
    return tags(tokens, WINDOW);
  }

  /** As {@link #tags(List)} with {@code window} tokens around capitals; 0 tags whole sentences. */
  List<String> tags(List<Token> tokens, int window) {
    int n = tokens.size();
    if (window <= 0) {
      return classify(tokens);
    }
    boolean[] near = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (tokens.get(i).capitalised()) {
        for (int k = Math.max(0, i - window); k < Math.min(n, i + window + 1); k++) {
          near[k] = true;
        }
      }
    }
    List<String> out = new ArrayList<>(n);
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && near[j] == near[i]) {
        j++;
      }
      if (near[i]) {
        out.addAll(classify(tokens.subList(i, j)));
      } else {
        for (int k = i; k < j; k++) {
          out.add(OUTSIDE);
        }
      }
      i = j;
    }
    return out;
  }

  private List<String> classify(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      CoreLabel label = new CoreLabel();
      String word = word(t.text());
      label.setWord(word);
      label.setValue(word);
      labels.add(label);
    }
    List<CoreLabel> tagged = classifier.classifySentence(labels);
    List<String> out = new ArrayList<>(tagged.size());
    for (CoreLabel label : tagged) {
      String tag = label.get(CoreAnnotations.AnswerAnnotation.class);
      out.add(tag == null ? OUTSIDE : tag);
    }
    return out;
  }

  /** The token as the model saw words in training: straight quotes and apostrophes. */
  private static String word(String token) {
    return switch (token) {
      case "“", "”", "„", "«", "»" -> "\"";
      case "‘", "’" -> "'";
      default -> token.indexOf('’') >= 0 ? token.replace('’', '\'') : token;
    };
  }

  private static NerTagger load() {
    try (InputStream raw = NerTagger.class.getResourceAsStream(MODEL)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource: " + MODEL);
      }
      try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
        CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(in);
        classifier.flags.maxAdditionalKnownLCWords = 0;
        return new NerTagger(classifier);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity model " + MODEL, e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("the entity model " + MODEL + " does not fit CoreNLP", e);
    }
  }

  private static final class Holder {
    static final NerTagger INSTANCE = load();
  }
}

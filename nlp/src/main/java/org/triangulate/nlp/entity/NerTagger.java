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

  private final CRFClassifier<CoreLabel> classifier;

  private NerTagger(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** The tagger with the bundled model, loaded on first call. */
  static NerTagger shared() {
    return Holder.INSTANCE;
  }

  /** One tag per token of one sentence: an entity class or {@link #OUTSIDE}. */
  List<String> tags(List<Token> tokens) {
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

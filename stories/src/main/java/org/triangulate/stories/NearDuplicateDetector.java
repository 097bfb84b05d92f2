package org.triangulate.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.NearDuplicate;

/**
 * Finds near-duplicate articles as they arrive, by MinHash over word shingles with LSH banding.
 *
 * <p>Each article's text (title and body) becomes the set of its overlapping runs of {@value
 * #SHINGLE} lower-cased words; a signature of {@value #HASHES} minimum hashes estimates the Jaccard
 * similarity of two such sets. The signature is cut into {@value #BANDS} bands: articles that agree
 * on a whole band are candidates (likely from a Jaccard of about 0.5 up), and a candidate whose
 * estimated similarity reaches the threshold is a copy. Each band bucket remembers only its latest
 * article, and a copy points to the first article of its group, so memory and time per article stay
 * flat. Mutable and not thread-safe; deterministic for a given order of arrival.
 */
public final class NearDuplicateDetector {
  static final int SHINGLE = 3;
  static final int HASHES = 64;
  static final int BANDS = 16;
  private static final int ROWS = HASHES / BANDS;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private final double threshold;
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();
  private final List<Integer> originals = new ArrayList<>();
  private final Map<Long, Integer> buckets = new HashMap<>();

  /**
   * A detector that calls two articles copies from an estimated Jaccard similarity of {@code
   * threshold} up.
   */
  public NearDuplicateDetector(double threshold) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /** A detector with the default threshold, 0.6. */
  public static NearDuplicateDetector standard() {
    return new NearDuplicateDetector(0.6);
  }

  /**
   * Adds an article and tells whether it copies one added before.
   *
   * @param id the article's id
   * @param text its title and body
   * @return the copy relation when it copies an earlier article
   */
  public Optional<NearDuplicate> add(String id, String text) {
    int[] signature = signature(text);
    int index = ids.size();
    int best = -1;
    double bestSimilarity = 0.0;
    if (signature.length > 0) {
      for (int band = 0; band < BANDS; band++) {
        Integer other = buckets.put(bandKey(signature, band), index);
        if (other != null && other != best) {
          double similarity = similarity(signature, signatures.get(other));
          if (similarity > bestSimilarity
              || (similarity == bestSimilarity && best >= 0 && other < best)) {
            best = other;
            bestSimilarity = similarity;
          }
        }
      }
    }
    ids.add(id);
    signatures.add(signature);
    if (best >= 0 && bestSimilarity >= threshold) {
      int original = originals.get(best);
      originals.add(original);
      return Optional.of(new NearDuplicate(id, ids.get(original), bestSimilarity));
    }
    originals.add(index);
    return Optional.empty();
  }

  /** The MinHash signature of {@code text}'s word shingles; empty when it has no words. */
  static int[] signature(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      words.add(m.group());
    }
    if (words.isEmpty()) {
      return new int[0];
    }
    int[] mins = new int[HASHES];
    java.util.Arrays.fill(mins, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 1125899906842597L;
      for (int k = s; k < Math.min(words.size(), s + SHINGLE); k++) {
        h = 31 * h + words.get(k).hashCode();
        h = mix(h);
      }
      for (int i = 0; i < HASHES; i++) {
        int value = (int) (mix(h ^ SEEDS[i]) >>> 33);
        if (value < mins[i]) {
          mins[i] = value;
        }
      }
    }
    return mins;
  }

  /** The share of equal positions of two signatures: an estimate of the Jaccard similarity. */
  static double similarity(int[] a, int[] b) {
    if (a.length != b.length || a.length == 0) {
      return 0.0;
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  private static long bandKey(int[] signature, int band) {
    long h = band;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      h = mix(h * 31 + signature[r]);
    }
    return h;
  }

  /** The splitmix64 finaliser: a cheap, well-spread 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }
}

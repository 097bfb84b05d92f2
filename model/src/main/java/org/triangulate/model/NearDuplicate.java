package org.triangulate.model;

import java.util.Objects;

/**
 * An article that copies an earlier one: syndicated wire copy, the same article at two addresses,
 * or a lightly edited repost.
 *
 * @param article the id of the copy
 * @param copyOf the id of the first article of its group of copies (the earliest seen)
 * @param similarity the estimated Jaccard similarity of their word shingles, in [0, 1]
 */
public record NearDuplicate(String article, String copyOf, double similarity) {
  public NearDuplicate {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(copyOf, "copyOf");
    if (article.equals(copyOf)) {
      throw new IllegalArgumentException("an article cannot copy itself: " + article);
    }
    if (!(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
    }
  }
}

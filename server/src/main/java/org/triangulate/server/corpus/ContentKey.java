package org.triangulate.server.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.triangulate.model.Article;

/**
 * The key that finds a second copy of an article under another id: SHA-256 of its clean text with
 * runs of white space made one space and letters folded to lower case. Stateless and thread-safe.
 */
final class ContentKey {
  private ContentKey() {}

  static String of(Article article) {
    String normal = Terms.fold(article.text()).strip().replaceAll("\\s+", " ");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

package org.triangulate.model;

import java.util.List;

/**
 * Claims of different articles that cannot all be true.
 *
 * @param id unique in the report
 * @param about what is disputed ("distance from the dam to Harlow")
 * @param claims every claim in the dispute, with its article
 */
public record Conflict(String id, String about, List<Claim> claims) {
  public Conflict {
    Checks.notBlank(id, "id");
    Checks.notBlank(about, "about");
    claims = List.copyOf(claims);
    if (claims.size() < 2) {
      throw new IllegalArgumentException("a conflict needs two claims or more: " + id);
    }
  }
}

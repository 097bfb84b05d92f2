package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement about the story with the claims of every article that makes it.
 *
 * @param id unique in the report
 * @param statement the statement in words
 * @param status how far the outlets back it
 * @param claims the evidence, one or more per article
 */
public record Fact(String id, String statement, FactStatus status, List<Claim> claims) {
  public Fact {
    Checks.notBlank(id, "id");
    Checks.notBlank(statement, "statement");
    Objects.requireNonNull(status, "status");
    claims = List.copyOf(claims);
  }
}

package org.triangulate.nlp.entity;

import java.util.List;
import org.triangulate.model.EntityType;
import org.triangulate.nlp.internal.Token;

/** A mention found before names are resolved: its tokens (at least one) and type. */
record Candidate(List<Token> tokens, EntityType type) {
  Candidate {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a candidate needs tokens");
    }
  }

  int start() {
    return tokens.get(0).start();
  }

  int end() {
    return tokens.get(tokens.size() - 1).end();
  }
}

package org.triangulate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor's position on a story's central question, with what shows it.
 *
 * @param actor the actor's name
 * @param entity the story entity id of the actor, when it is one
 * @param stance support, oppose or mixed
 * @param proposition the question ("the council should approve the dam")
 * @param evidence the quotes or sentences that show the position
 */
public record Stance(
    String actor,
    Optional<String> entity,
    StanceKind stance,
    String proposition,
    List<Evidence> evidence) {
  public Stance {
    Checks.notBlank(actor, "actor");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(stance, "stance");
    Checks.notBlank(proposition, "proposition");
    evidence = List.copyOf(evidence);
  }
}

package org.triangulate.model;

/**
 * An input that could not be read or held no article, with the reason.
 *
 * @param source the path (and, inside a container, the record) that was skipped
 * @param reason why, in words a user can act on
 */
public record Skipped(String source, String reason) {
  public Skipped {
    Checks.notBlank(source, "source");
    Checks.notBlank(reason, "reason");
  }
}

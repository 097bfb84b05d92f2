package org.triangulate.model;

import java.util.Objects;

/** Argument checks shared by the records of this package; not part of the public API. */
final class Checks {
  private Checks() {}

  static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static void span(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: start " + start + ", end " + end);
    }
  }
}

package org.triangulate.model;

/** How far the outlets of a story back a fact. */
public enum FactStatus {
  /** Two or more independent outlets state it. */
  CORROBORATED("corroborated"),
  /** Only one outlet (or one group of copies) states it. */
  SINGLE_SOURCE("single-source"),
  /** Outlets state values that cannot all be true. */
  CONFLICTING("conflicting");

  private final String label;

  FactStatus(String label) {
    this.label = label;
  }

  /** The report's name for it. */
  public String label() {
    return label;
  }
}

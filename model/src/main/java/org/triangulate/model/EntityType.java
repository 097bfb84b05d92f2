package org.triangulate.model;

/** The kinds of named entity the report distinguishes. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  WEAPON,
  EVENT,
  OTHER
}

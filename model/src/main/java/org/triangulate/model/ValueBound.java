package org.triangulate.model;

import java.util.Locale;

/** How a stated value relates to the true one: exact, approximate, a bound or a range. */
public enum ValueBound {
  /** As stated: "30 people". */
  EXACT,
  /** Close to the stated value: "about 30", "some 30", "30 or so", "nearly 30". */
  APPROXIMATE,
  /** The stated value or more: "at least 30", "30 or more". */
  AT_LEAST,
  /** Above the stated value: "more than 30", "over 30". */
  MORE_THAN,
  /** The stated value or less: "up to 30", "at most 30", "30 or fewer". */
  AT_MOST,
  /** Below the stated value: "fewer than 30", "under 30". */
  LESS_THAN,
  /** Between the stated value and an upper end: "between 20 and 30", "20 to 30", "20-30". */
  RANGE;

  /** The name the report uses: lower case, words joined by a hyphen ("at-least"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

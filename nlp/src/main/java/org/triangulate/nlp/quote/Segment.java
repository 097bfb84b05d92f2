package org.triangulate.nlp.quote;

/**
 * One unit of attribution: a sentence, or several sentences joined because a quotation runs over
 * them ({@code “It held. Barely,” she said.}).
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param quoted whether a quotation mark opens or closes inside it
 * @param startsQuoted whether it opens with a quotation mark (a quote with nothing before it)
 */
record Segment(int start, int end, boolean quoted, boolean startsQuoted) {}

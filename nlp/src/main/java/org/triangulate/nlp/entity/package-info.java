/**
 * Named entities: finding the people, organisations, places, weapons, events and other names of a
 * text and resolving each mention to one name within the text.
 *
 * <p>{@link org.triangulate.nlp.entity.CoreNlpEntityRecognizer} is the standard recogniser:
 * Stanford CoreNLP's CRF classifier (GPL-3.0-or-later, as this project; the CoNLL four-class model
 * is copied out of CoreNLP's models jar at build time, so only that one 18 MB file ships) plus
 * gazetteers. {@link org.triangulate.nlp.entity.RuleEntityRecognizer} needs no model and is about
 * ten times faster, at lower quality: the fallback. Both resolve short forms, transliteration
 * variants and titles the same way.
 */
package org.triangulate.nlp.entity;

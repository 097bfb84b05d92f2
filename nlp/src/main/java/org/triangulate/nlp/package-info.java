/**
 * Language analysis: turns an {@link org.triangulate.model.Article} into an {@link
 * org.triangulate.model.AnalyzedArticle} with sentences, entity mentions, quotes and their
 * speakers, quantities and dates.
 */
package org.triangulate.nlp;

/**
 * Story clustering: groups {@link org.triangulate.model.AnalyzedArticle}s about one real-world
 * event into a {@link org.triangulate.model.Story}. Entry point: {@link
 * org.triangulate.stories.StoryClusterer#standard()}.
 */
package org.triangulate.stories;

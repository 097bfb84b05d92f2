/**
 * Corroboration: compares what one story's articles say and gives a {@link
 * org.triangulate.model.Brief} (entities, quote groups, facts, conflicts, stances, timeline,
 * summary, coverage). Entry point: {@link org.triangulate.corroborate.Corroborator#standard()}.
 */
package org.triangulate.corroborate;

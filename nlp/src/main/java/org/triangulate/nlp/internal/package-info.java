/**
 * Internal support of the nlp stages (resource loading, tokens). Not part of the API: do not depend
 * on it from other modules.
 */
package org.triangulate.nlp.internal;

/**
 * JSON through Jackson: articles in the shape the ontology fixes (one object per article, JSON Lines for
 * many), readable back into equal records. No polymorphic typing: only the library's own records are read.
 */
package io.github.peacetalks.json;

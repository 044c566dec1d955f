/**
 * The domain model: immutable records and enums for articles, actors, positions and conditions,
 * exactly as the project's ontology defines them. This package depends on nothing else.
 */
package io.github.peacetalks.model;

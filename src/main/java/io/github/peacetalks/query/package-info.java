/**
 * Questions over many extracted articles: a {@link io.github.peacetalks.query.Corpus} of records, fluent
 * position and condition queries, timelines, stance shifts and holder-by-issue matrices.
 */
package io.github.peacetalks.query;

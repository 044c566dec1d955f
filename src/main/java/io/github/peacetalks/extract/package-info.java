/**
 * Extraction: actors, and (as they land) positions, conditions and dates, read from parsed articles. The
 * language knowledge is data ({@code actors.json} and the other resource files beside these classes), loaded
 * once into immutable lexicons; every stage is a pure function of an article and its lexicon.
 */
package io.github.peacetalks.extract;

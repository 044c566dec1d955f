/**
 * Reading the dated source format: files, directories, streams and strings become {@link
 * io.github.peacetalks.model.Article}s whose parts (date, title, paragraphs, removed boilerplate) keep
 * their offsets in the source. Boilerplate and date words are data ({@code boilerplate.json},
 * {@code dates.json}) that users can extend.
 */
package io.github.peacetalks.source;

/**
 * The positions of a corpus as a self-contained HTML page: {@link io.github.peacetalks.report.Report}. Built on the
 * query package only; nothing in the model or query packages depends on it.
 */
package io.github.peacetalks.report;

/**
 * peacetalks: turns dated Dutch-language news about the Russia–Ukraine war into a queryable record of who
 * wants what in the attempts to end it. Start at {@link io.github.peacetalks.Peacetalks}.
 */
package io.github.peacetalks;

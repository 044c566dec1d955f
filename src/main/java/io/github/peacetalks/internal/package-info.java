/**
 * Helpers shared by the stages that are not part of the library's API: resource loading, text scanning.
 * Nothing here is stable; do not depend on it.
 */
package io.github.peacetalks.internal;

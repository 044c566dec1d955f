/** The command-line front end ({@code java -jar peacetalks-cli.jar}), built on picocli. Not API. */
package io.github.peacetalks.cli;

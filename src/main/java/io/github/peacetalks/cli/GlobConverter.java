package io.github.peacetalks.cli;

import io.github.peacetalks.source.SourceParser;
import picocli.CommandLine;

/** Checks a {@code --glob} value when the command line is parsed, so a bad glob is a usage error naming the option. */
final class GlobConverter implements CommandLine.ITypeConverter<String> {

    @Override
    public String convert(String value) {
        try {
            SourceParser.builder().fileGlob(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
        return value;
    }
}

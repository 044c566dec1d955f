package io.github.peacetalks.cli;

import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.PositionQuery;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The paths a query command reads, and how it reads them; a picocli mixin shared by the query commands. */
final class CorpusOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories of dated articles (read recursively), or corpora saved as .jsonl.")
    List<Path> paths;

    @Option(names = "--glob", defaultValue = "*.txt", paramLabel = "GLOB", converter = GlobConverter.class,
            description = "Which files of a directory to read (default: ${DEFAULT-VALUE}); .jsonl files named as PATH are always read.")
    String glob;

    /** Parses and extracts every path on all cores; the result is the same as reading them one by one. */
    Corpus load() throws IOException {
        return Corpus.loader()
                .parser(SourceParser.builder().fileGlob(glob).build())
                .parallel(true)
                .load(paths.toArray(Path[]::new));
    }

    /** {@code --from} and {@code --to}: keep positions dated wholly within the range; a mixin of its own. */
    static final class Dates {

        @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
                description = "Only positions dated wholly on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated positions drop out.")
        PartialDate from;

        @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
                description = "Only positions dated wholly on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated positions drop out.")
        PartialDate to;

        /** Fails when the range is empty. */
        void check(CommandLine cl) {
            if (from != null && to != null && from.start().isAfter(to.end())) {
                throw new CommandLine.ParameterException(cl, "empty date range: --from " + from + " is after --to " + to);
            }
        }

        /** The query narrowed to the range. */
        PositionQuery apply(PositionQuery q) {
            PositionQuery r = q;
            if (from != null) {
                r = r.from(from);
            }
            if (to != null) {
                r = r.to(to);
            }
            return r;
        }
    }

    /** Reads a {@link PartialDate} with its own message on bad input. */
    static final class DateConverter implements CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}

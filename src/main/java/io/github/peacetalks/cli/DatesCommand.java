package io.github.peacetalks.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacetalks.extract.TemporalTagger;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.TimeExpression;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dates}: the temporal expressions of an article, one JSON object per expression. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Prints every temporal expression in an article's title and body, normalised, one JSON object per line: "
                + "text, begin, end, value, precision.")
final class DatesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "An article file, or - for standard input.")
    String file;

    @Option(names = "--ref", paramLabel = "DATE",
            description = "The reference date (YYYY, YYYY-MM or YYYY-MM-DD); default: the article's own date.")
    String ref;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PartialDate reference = null;
        if (ref != null) {
            try {
                reference = PartialDate.parse(ref);
            } catch (IllegalArgumentException e) {
                err.println("peacetalks dates: --ref: " + e.getMessage());
                return Main.USAGE;
            }
        }
        List<Article> articles;
        if (file.equals("-")) {
            articles = SourceParser.lenient().parse(System.in, "stdin");
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                err.println("peacetalks dates: no such file: " + file);
                return Main.USAGE;
            }
            articles = SourceParser.lenient().parse(p);
        }
        JsonFactory json = new JsonFactory();
        for (Article a : articles) {
            PartialDate r = reference != null ? reference : a.date();
            for (TimeExpression x : TemporalTagger.defaults().tag(a, r)) {
                StringWriter line = new StringWriter();
                try (JsonGenerator g = json.createGenerator(line)) {
                    g.writeStartObject();
                    g.writeStringField("text", x.text());
                    g.writeNumberField("begin", x.begin());
                    g.writeNumberField("end", x.end());
                    if (x.value() == null) {
                        g.writeNullField("value");
                    } else {
                        g.writeStringField("value", x.value().toString());
                    }
                    g.writeStringField("precision", x.precision().name());
                    g.writeEndObject();
                }
                out.println(line);
            }
        }
        out.flush();
        return 0;
    }
}

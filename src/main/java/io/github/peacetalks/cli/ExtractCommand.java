package io.github.peacetalks.cli;

import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.json.PeacetalksJson;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.SourceParser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: one JSON object per article per line, or a readable summary per article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Parses files or directories of dated articles and prints each article: a summary, or JSON Lines with --json.")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively).")
    List<Path> paths;

    @Option(names = "--json", description = "Write one JSON object per article per line: id, date, datePrecision, title, text, actors, positions.")
    boolean json;

    @Option(names = "--parts", description = "With --json, also write origin, originOffset, parts and problems: "
            + "a lossless form that reads back into equal records.")
    boolean parts;

    @Option(names = "--strict", description = "Stop at the first problem in the input instead of recording it.")
    boolean strict;

    @Option(names = "--glob", defaultValue = "*.txt", paramLabel = "GLOB", converter = GlobConverter.class,
            description = "Which files of a directory to read (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(names = "--progress", negatable = true, paramLabel = "",
            description = "Show progress on stderr (default: only when run at a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("peacetalks extract: no such file or directory: " + p);
                return Main.USAGE;
            }
        }
        SourceParser parser = SourceParser.builder().strict(strict).fileGlob(glob).build();
        Extractor extractor = Extractor.defaults();
        int[] failures = {0};
        Progress meter = new Progress(err, progress != null ? progress : System.console() != null);
        for (Path p : paths) {
            try (Stream<Article> articles = parser.walk(p, problem -> {
                failures[0]++;
                meter.clear();
                err.println(problem);
            })) {
                articles.map(extractor::extract).forEach(a -> {
                    for (Problem problem : a.problems()) {
                        meter.clear();
                        err.println("warning: " + problem);
                    }
                    if (json) {
                        out.println(parts ? PeacetalksJson.write(a) : PeacetalksJson.writeOntology(a));
                    } else {
                        summary(a, out);
                    }
                    meter.tick(a);
                });
            }
        }
        meter.done();
        out.flush();
        return failures[0] == 0 ? 0 : 1;
    }

    private static void summary(Article a, PrintWriter out) {
        String title = a.title();
        out.printf("%s  %s  %s%n", a.id(), a.date() == null ? "undated" : a.date(), title == null ? "(no title)" : "\"" + title + "\"");
        out.printf("    %d paragraphs, %d characters of text, %d removed%n", a.paragraphs().size(), a.text().length(), a.removed().size());
        if (!a.actors().isEmpty()) {
            out.printf("    actors: %s%n", String.join(", ", a.actors().stream().map(x -> x.id()).toList()));
        }
        for (var p : a.positions()) {
            out.printf("    %-22s %-9s %-20s %s%s%n", p.holder().id(), p.stance(), p.issue(), p.date() == null ? "undated" : p.date(),
                    p.conditions().isEmpty() ? "" : "  if " + String.join(", ", p.conditions().stream()
                            .map(c -> c.issue() + (c.requiredOf() == null ? "" : " of " + c.requiredOf().id())).toList()));
        }
        for (Part r : a.removed()) {
            String t = r.text().replaceAll("\\s+", " ");
            out.printf("    removed %-18s \"%s\"%n", r.rule(), t.length() > 70 ? t.substring(0, 67) + "..." : t);
        }
    }
}

package io.github.peacetalks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacetalks.json.PeacetalksJson;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.Statement;
import io.github.peacetalks.query.UnknownActorException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What the query commands share: load the corpus from the {@link CorpusOptions}, report its problems on stderr as
 * warnings, run the query, and turn an unknown actor id into a usage error. Exits 0, or 1 when a file could not be
 * read (the results of the others are still printed), or {@link Main#USAGE}.
 */
abstract class QueryCommand implements Callable<Integer> {

    /** Jackson with the library's serialisers, for {@code --json}. */
    static final ObjectMapper JSON = PeacetalksJson.createMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    /** Fails with a {@link CommandLine.ParameterException} on options that do not fit together; checked before loading. */
    void check() {
    }

    /** Prints the answer to this command's question about the corpus. */
    abstract void print(Corpus c, PrintWriter out) throws IOException;

    @Override
    public final Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        check();
        for (Path p : corpus.paths) {
            if (!Files.exists(p)) {
                err.println("peacetalks " + spec.name() + ": no such file or directory: " + p);
                return Main.USAGE;
            }
        }
        Corpus c;
        try {
            c = corpus.load();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // a saved corpus that is not JSON Lines of articles, or a file that vanished while being read
            err.println("peacetalks " + spec.name() + ": " + e.getMessage());
            return 1;
        }
        for (Problem p : c.problems()) {
            err.println("warning: " + p);
        }
        for (Article a : c.articles()) {
            for (Problem p : a.problems()) {
                err.println("warning: " + p);
            }
        }
        try {
            print(c, out);
        } catch (UnknownActorException e) {
            out.flush();
            err.println("peacetalks " + spec.name() + ": " + e.getMessage());
            return Main.USAGE;
        }
        out.flush();
        return c.problems().isEmpty() ? 0 : 1;
    }

    /** Writes one JSON object as one line. */
    static void line(PrintWriter out, ObjectNode o) throws IOException {
        out.println(JSON.writeValueAsString(o));
    }

    /** {@code {"article": ..., "position": ...}}: a position with the article it was read from. */
    static ObjectNode statement(Statement s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("article", s.article());
        o.set("position", JSON.valueToTree(s.position()));
        return o;
    }

    static String date(PartialDate d) {
        return d == null ? "undated" : d.toString();
    }
}

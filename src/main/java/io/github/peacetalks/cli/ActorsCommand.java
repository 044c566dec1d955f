package io.github.peacetalks.cli;

import io.github.peacetalks.internal.TextTable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.query.ActorUse;
import io.github.peacetalks.query.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code actors}: the actors a corpus names, with how many articles name them and how many positions they hold. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Prints every actor the corpus names with the number of articles that name it and of positions it holds, "
                + "most positions first.")
final class ActorsCommand extends QueryCommand {

    @Option(names = "--json", description = "Write one JSON object per actor per line: actor (id, kind, name, affiliation), articles, positions.")
    boolean json;

    @Override
    void print(Corpus c, PrintWriter out) throws IOException {
        List<ActorUse> uses = c.actorUses();
        if (json) {
            for (ActorUse u : uses) {
                ObjectNode o = JSON.createObjectNode();
                o.set("actor", JSON.valueToTree(u.actor()));
                o.put("articles", u.articles());
                o.put("positions", u.positions());
                line(out, o);
            }
            return;
        }
        TextTable t = new TextTable("actor", "kind", "name", "affiliation", "articles", "positions");
        for (ActorUse u : uses) {
            Actor a = u.actor();
            t.row(a.id(), a.kind().name(), a.name(), a.affiliation() == null ? "-" : a.affiliation(),
                    Integer.toString(u.articles()), Integer.toString(u.positions()));
        }
        out.print(t);
    }
}

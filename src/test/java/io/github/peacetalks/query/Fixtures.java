package io.github.peacetalks.query;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.Evidence;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Small corpora built in code from records, with hand-written Dutch evidence sentences. */
final class Fixtures {

    static final Actor RUS = Actor.state("RUS", "Russia");
    static final Actor UKR = Actor.state("UKR", "Ukraine");
    static final Actor USA = Actor.state("USA", "United States");
    static final Actor PUTIN = Actor.person("vladimir-putin", "Vladimir Putin", "RUS");
    static final Actor PESKOV = Actor.person("dmitry-peskov", "Dmitry Peskov", "RUS");
    static final Actor ZELENSKY = Actor.person("volodymyr-zelensky", "Volodymyr Zelensky", "UKR");
    static final Actor UNNAMED_RUS = Actor.unnamed("RUS", "Russia");
    static final Actor NATO = Actor.organization("NATO", "North Atlantic Treaty Organization");
    static final Actor EUROPE = Actor.group("europe", "Europe");

    private Fixtures() {
    }

    static PartialDate d(String iso) {
        return PartialDate.parse(iso);
    }

    /** Options of one position beyond holder, stance, issue and sentence. */
    static final class Spec {
        Actor counterpart;
        final List<Condition> conditions = new ArrayList<>();
        Attribution attribution = Attribution.REPORTED;
        boolean hedged;
        boolean dated = true;
        PartialDate date;

        Spec with(Actor counterpart) {
            this.counterpart = counterpart;
            return this;
        }

        Spec condition(Issue issue, Actor requiredOf, String text) {
            conditions.add(new Condition(issue, requiredOf, text));
            return this;
        }

        Spec attribution(Attribution a) {
            this.attribution = a;
            return this;
        }

        Spec hedged() {
            this.hedged = true;
            return this;
        }

        Spec on(String iso) {
            this.date = d(iso);
            return this;
        }

        Spec undated() {
            this.dated = false;
            return this;
        }
    }

    /** An article under construction: title, then one paragraph per position's evidence sentence. */
    static final class Doc {
        private final String id;
        private final PartialDate date;
        private final String title;
        private final List<String> sentences = new ArrayList<>();
        private final List<Object[]> specs = new ArrayList<>();

        Doc(String id, PartialDate date, String title) {
            this.id = id;
            this.date = date;
            this.title = title;
        }

        Doc say(String sentence, Actor holder, Stance stance, Issue issue) {
            return say(sentence, holder, stance, issue, s -> { });
        }

        Doc say(String sentence, Actor holder, Stance stance, Issue issue, Consumer<Spec> more) {
            Spec spec = new Spec();
            more.accept(spec);
            sentences.add(sentence);
            specs.add(new Object[] {holder, stance, issue, spec});
            return this;
        }

        Article build() {
            List<Part> parts = new ArrayList<>();
            int at = 0;
            parts.add(new Part(PartKind.TITLE, at, at + title.length(), title, null));
            at += title.length();
            List<Position> positions = new ArrayList<>();
            Map<String, Actor> actors = new LinkedHashMap<>();
            for (int i = 0; i < sentences.size(); i++) {
                parts.add(new Part(PartKind.SPACE, at, at + 2, "\n\n", null));
                at += 2;
                String s = sentences.get(i);
                parts.add(new Part(PartKind.PARAGRAPH, at, at + s.length(), s, null));
                Object[] o = specs.get(i);
                Actor holder = (Actor) o[0];
                Spec spec = (Spec) o[3];
                actors.putIfAbsent(holder.id(), holder);
                if (spec.counterpart != null) {
                    actors.putIfAbsent(spec.counterpart.id(), spec.counterpart);
                }
                PartialDate when = !spec.dated ? null : spec.date != null ? spec.date : date;
                positions.add(new Position(holder, (Stance) o[1], (Issue) o[2], spec.counterpart, spec.conditions,
                        spec.attribution, spec.hedged, when, new Evidence(s, at, at + s.length())));
                at += s.length();
            }
            return Article.parsed(id, id + ".txt", 0, date, parts, List.of())
                    .withExtraction(List.copyOf(actors.values()), positions);
        }
    }

    static Doc doc(String id, String date, String title) {
        return new Doc(id, date == null ? null : d(date), title);
    }

    /** A corpus of one article per position: {@code id, date, holder, stance, issue}. */
    static Article one(String id, String date, Actor holder, Stance stance, Issue issue) {
        return doc(id, date, "Kop " + id).say("Verklaring in " + id + ".", holder, stance, issue).build();
    }

    /**
     * The main corpus. In chronological order:
     * <ol>
     *   <li>a01 2022-02: RUS SUPPORTS NEGOTIATIONS with UKR</li>
     *   <li>a01 2022-02: unnamed-RUS DEMANDS NEUTRALITY with UKR (unnamed source, hedged)</li>
     *   <li>a02 2022-03-15: volodymyr-zelensky SUPPORTS NEUTRALITY with RUS (quote; condition SECURITY_GUARANTEES of USA)</li>
     *   <li>a02 2022-03-15: UKR DEMANDS CEASEFIRE with RUS (condition WITHDRAWAL of RUS)</li>
     *   <li>a03 2023: dmitry-peskov OPPOSES PEACE_PLAN (condition TERRITORY of UKR)</li>
     *   <li>a04 2023-02: NATO URGES WEAPONS_SUPPLY</li>
     *   <li>a05 2023-04: vladimir-putin OPPOSES NEGOTIATIONS with UKR (quote)</li>
     *   <li>a06 undated: europe SUPPORTS SANCTIONS</li>
     * </ol>
     */
    static List<Article> mainArticles() {
        return List.of(
                doc("a05", "2023-04", "Poetin sluit gesprekken uit")
                        .say("„Met dit regime in Kiev praten wij niet”, zei Poetin.", PUTIN, Stance.OPPOSES, Issue.NEGOTIATIONS,
                                s -> s.with(UKR).attribution(Attribution.DIRECT_QUOTE))
                        .build(),
                doc("a01", "2022-02", "Kremlin staat open voor gesprekken")
                        .say("Het Kremlin zegt open te staan voor gesprekken met Kiev.", RUS, Stance.SUPPORTS, Issue.NEGOTIATIONS,
                                s -> s.with(UKR))
                        .say("Een Russische functionaris zou de neutraliteit van Oekraïne eisen.", UNNAMED_RUS, Stance.DEMANDS,
                                Issue.NEUTRALITY, s -> s.with(UKR).attribution(Attribution.UNNAMED_SOURCE).hedged())
                        .build(),
                doc("a02", "2022-03-15", "Kiev wil praten over neutraliteit")
                        .say("„Wij zijn bereid over neutraliteit te praten als het Westen veiligheidsgaranties geeft”, zei Zelensky.",
                                ZELENSKY, Stance.SUPPORTS, Issue.NEUTRALITY,
                                s -> s.with(RUS).attribution(Attribution.DIRECT_QUOTE)
                                        .condition(Issue.SECURITY_GUARANTEES, USA, "als het Westen veiligheidsgaranties geeft"))
                        .say("Kiev eist een staakt-het-vuren, maar alleen als Rusland zijn troepen terugtrekt.", UKR, Stance.DEMANDS,
                                Issue.CEASEFIRE, s -> s.with(RUS)
                                        .condition(Issue.WITHDRAWAL, RUS, "als Rusland zijn troepen terugtrekt"))
                        .build(),
                doc("a03", "2023", "Moskou wijst vredesplan af")
                        .say("Peskov wijst het vredesplan af zolang de nieuwe territoriale realiteit niet wordt erkend.", PESKOV,
                                Stance.OPPOSES, Issue.PEACE_PLAN,
                                s -> s.condition(Issue.TERRITORY, UKR, "zolang de nieuwe territoriale realiteit niet wordt erkend"))
                        .build(),
                doc("a04", "2023-02", "NAVO wil meer wapens")
                        .say("De NAVO roept de bondgenoten op meer wapens aan Oekraïne te leveren.", NATO, Stance.URGES,
                                Issue.WEAPONS_SUPPLY)
                        .build(),
                doc("a06", null, "Europa wil strengere sancties")
                        .say("Europa wil de sancties tegen Rusland verder aanscherpen.", EUROPE, Stance.SUPPORTS, Issue.SANCTIONS)
                        .build());
    }

    static Corpus main() {
        return Corpus.of(mainArticles());
    }

    static List<String> holders(PositionQuery q) {
        return q.stream().map(s -> s.holder().id()).toList();
    }

    static List<String> holders(List<Statement> l) {
        return l.stream().map(s -> s.holder().id()).toList();
    }
}

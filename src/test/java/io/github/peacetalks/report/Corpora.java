package io.github.peacetalks.report;

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
import io.github.peacetalks.query.Corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small corpora for the report, built from records with short Dutch sentences written for these tests. */
final class Corpora {

    static final Actor RUS = Actor.state("RUS", "Russia");
    static final Actor UKR = Actor.state("UKR", "Ukraine");
    static final Actor PUTIN = Actor.person("vladimir-putin", "Vladimir Putin", "RUS");
    static final Actor PESKOV = Actor.person("dmitry-peskov", "Dmitry Peskov", "RUS");
    static final Actor ZELENSKY = Actor.person("volodymyr-zelensky", "Volodymyr Zelensky", "UKR");
    static final Actor UNNAMED_RUS = Actor.unnamed("RUS", "Russia");
    static final Actor NATO = Actor.organization("NATO", "North Atlantic Treaty Organization");
    static final Actor EUROPE = Actor.group("europe", "Europe");

    private Corpora() {
    }

    /** A position whose evidence offsets are set when its article is built. */
    static Position say(Actor holder, Stance stance, Issue issue, String date, String sentence, Condition... conditions) {
        return new Position(holder, stance, issue, null, List.of(conditions), Attribution.REPORTED, false,
                date == null ? null : PartialDate.parse(date), new Evidence(sentence, 0, sentence.length()));
    }

    /** An article of a title and one paragraph per position, the positions' evidence pointing into it. */
    static Article article(String id, String date, String title, Position... positions) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(PartKind.TITLE, 0, title.length(), title, null));
        int at = title.length();
        List<Position> placed = new ArrayList<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Position p : positions) {
            parts.add(new Part(PartKind.SPACE, at, at + 2, "\n\n", null));
            at += 2;
            String s = p.evidence().sentence();
            parts.add(new Part(PartKind.PARAGRAPH, at, at + s.length(), s, null));
            placed.add(new Position(p.holder(), p.stance(), p.issue(), p.counterpart(), p.conditions(), p.attribution(),
                    p.hedged(), p.date(), new Evidence(s, at, at + s.length())));
            actors.putIfAbsent(p.holder().id(), p.holder());
            at += s.length();
        }
        return Article.parsed(id, id + ".txt", 0, date == null ? null : PartialDate.parse(date), parts, List.of())
                .withExtraction(List.copyOf(actors.values()), placed);
    }

    /**
     * Eight positions of four parties; in date order:
     * <ol>
     *   <li>2022-03-04 RUS SUPPORTS NEGOTIATIONS (day)</li>
     *   <li>2022-03 unnamed-RUS DEMANDS NEUTRALITY (month, hedged, unnamed source)</li>
     *   <li>2022-05-18 volodymyr-zelensky SUPPORTS CEASEFIRE if WITHDRAWAL of RUS</li>
     *   <li>2022-11 vladimir-putin OPPOSES NEGOTIATIONS (month): RUS turns against talks</li>
     *   <li>2023 NATO SUPPORTS WEAPONS_SUPPLY (year)</li>
     *   <li>2023-06-02 dmitry-peskov PROPOSES PEACE_PLAN if TERRITORY of UKR</li>
     *   <li>2024-02-10 UKR OPPOSES CEASEFIRE: UKR turns against a ceasefire</li>
     *   <li>undated europe URGES SANCTIONS</li>
     * </ol>
     */
    static List<Article> articles() {
        String rumour = "Een ingewijde in Moskou zou een neutraal Oekraïne als eis op tafel hebben gelegd.";
        Position hedged = new Position(UNNAMED_RUS, Stance.DEMANDS, Issue.NEUTRALITY, UKR, List.of(), Attribution.UNNAMED_SOURCE,
                true, PartialDate.parse("2022-03"), new Evidence(rumour, 0, rumour.length()));
        return List.of(
                article("k1-kremlin-overleg", "2022-03-04", "Kremlin opent deur voor overleg",
                        say(RUS, Stance.SUPPORTS, Issue.NEGOTIATIONS, "2022-03-04",
                                "Het Kremlin laat weten dat Moskou openstaat voor overleg met Kiev."),
                        hedged),
                article("k2-zelensky-bestand", "2022-05-18", "Zelensky noemt voorwaarde voor bestand",
                        say(ZELENSKY, Stance.SUPPORTS, Issue.CEASEFIRE, "2022-05-18",
                                "Zelensky wil een bestand zodra de Russische troepen zich terugtrekken.",
                                new Condition(Issue.WITHDRAWAL, RUS, "zodra de Russische troepen zich terugtrekken"))),
                article("k3-poetin-niet-praten", "2022-11", "Poetin ziet niets te bespreken",
                        say(PUTIN, Stance.OPPOSES, Issue.NEGOTIATIONS, "2022-11",
                                "Poetin zegt dat er voorlopig niets te bespreken valt met Kiev.")),
                article("k4-navo-jaar", "2023", "Jaaroverzicht van het bondgenootschap",
                        say(NATO, Stance.SUPPORTS, Issue.WEAPONS_SUPPLY, "2023",
                                "De NAVO bleef het hele jaar wapens naar Oekraïne sturen.")),
                article("k5-peskov-plan", "2023-06-02", "Peskov komt met eigen plan",
                        say(PESKOV, Stance.PROPOSES, Issue.PEACE_PLAN, "2023-06-02",
                                "Peskov stelt een eigen vredesplan voor met nieuwe grenzen.",
                                new Condition(Issue.TERRITORY, UKR, "met nieuwe grenzen"))),
                article("k6-europa-sancties", null, "Europa wil verder",
                        say(EUROPE, Stance.URGES, Issue.SANCTIONS, null,
                                "Europese leiders roepen op de sancties tegen Rusland te verscherpen.")),
                article("k7-kiev-geen-bevriezing", "2024-02-10", "Kiev wil geen bevroren front",
                        say(UKR, Stance.OPPOSES, Issue.CEASEFIRE, "2024-02-10", "Kiev wijst een bevriezing van het front af.")));
    }

    static Corpus eight() {
        return Corpus.of(articles());
    }
}

package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.ActorKind;
import io.github.peacetalks.model.PartialDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped lexicon is consistent and covers the parties a reader of this diplomacy expects. */
class ActorLexiconTest {

    private static final ActorLexicon L = ActorLexicon.defaults();

    @Test
    void coversTheExpectedParties() {
        List<String> europe = List.of("ALB", "AND", "AUT", "BLR", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN",
                "FRA", "DEU", "GRC", "HUN", "ISL", "IRL", "ITA", "XKX", "LVA", "LIE", "LTU", "LUX", "MLT", "MDA", "MCO", "MNE",
                "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "RUS", "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "UKR", "GBR",
                "VAT", "GEO");
        List<String> g20AndMediators = List.of("ARG", "AUS", "BRA", "CAN", "CHN", "IND", "IDN", "JPN", "MEX", "KOR", "SAU",
                "ZAF", "TUR", "USA", "QAT", "ARE", "IRN", "PRK", "ISR", "KAZ");
        List<String> organisations = List.of("NATO", "EU", "UN", "OSCE", "G7", "G20", "IAEA", "ICC", "BRICS", "europe", "west");
        for (String id : concat(europe, g20AndMediators, organisations)) {
            assertTrue(L.actor(id).isPresent(), "the lexicon knows " + id);
        }
        long persons = L.entries().stream().filter(e -> e.actor().kind() == ActorKind.PERSON).count();
        assertTrue(persons >= 120, "at least 120 persons: " + persons);
        for (String id : List.of("vladimir-putin", "sergey-lavrov", "dmitry-peskov", "maria-zakharova", "yuri-ushakov",
                "vladimir-medinsky", "kirill-dmitriev", "sergei-shoigu", "dmitry-medvedev", "volodymyr-zelensky", "dmytro-kuleba",
                "andrii-sybiha", "andriy-yermak", "rustem-umerov", "mykhailo-podolyak", "joe-biden", "antony-blinken",
                "jake-sullivan", "donald-trump", "jd-vance", "marco-rubio", "steve-witkoff", "keith-kellogg", "jared-kushner",
                "boris-johnson", "liz-truss", "rishi-sunak", "keir-starmer", "francois-hollande", "emmanuel-macron",
                "angela-merkel", "olaf-scholz", "friedrich-merz", "xi-jinping", "wang-yi", "recep-tayyip-erdogan", "hakan-fidan",
                "alexander-lukashenko", "viktor-orban", "jens-stoltenberg", "mark-rutte", "ursula-von-der-leyen", "kaja-kallas",
                "josep-borrell", "antonio-guterres")) {
            assertTrue(L.actor(id).isPresent(), "the lexicon knows " + id);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    @Test
    void everyIdIsInTheOntologysFormAndEveryAffiliationResolves() {
        for (ActorLexicon.Entry e : L.entries()) {
            Actor a = e.actor();
            switch (a.kind()) {
                case STATE -> assertTrue(a.id().matches("[A-Z]{3}"), a.id());
                case ORGANIZATION -> assertTrue(a.id().matches("[A-Z][A-Z0-9]*"), a.id());
                case GROUP, PERSON -> assertTrue(a.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), a.id());
                default -> throw new AssertionError("the lexicon lists no " + a.kind());
            }
            if (a.affiliation() != null) {
                ActorKind k = L.actor(a.affiliation()).orElseThrow().kind();
                assertTrue(k == ActorKind.STATE || k == ActorKind.ORGANIZATION || k == ActorKind.GROUP, a + " -> " + k);
            }
            for (ActorLexicon.Office o : e.offices()) {
                assertTrue(L.roles().containsKey(o.role()), o.toString());
                assertTrue(L.actor(o.of()).isPresent(), o.toString());
            }
        }
    }

    @Test
    void noFormNamesTwoActorsUnlessMarkedAmbiguous() {
        Map<String, String> owner = new HashMap<>();
        for (ActorLexicon.Entry e : L.entries()) {
            for (String f : concat(e.names(), e.metonyms(), e.demonyms())) {
                String other = owner.putIfAbsent(f, e.actor().id());
                if (other != null && !other.equals(e.actor().id())) {
                    assertTrue(e.ambiguous().contains(f) || L.entry(other).orElseThrow().ambiguous().contains(f),
                            f + " names " + other + " and " + e.actor().id());
                }
            }
        }
    }

    @Test
    void holdersOfAnOfficeDoNotOverlap() {
        Map<String, List<ActorLexicon.Office>> byOffice = new HashMap<>();
        for (ActorLexicon.Entry e : L.entries()) {
            for (ActorLexicon.Office o : e.offices()) {
                for (ActorLexicon.Entry other : L.entries()) {
                    if (other == e) {
                        continue;
                    }
                    for (ActorLexicon.Office p : other.offices()) {
                        if (p.role().equals(o.role()) && p.of().equals(o.of()) && !o.role().equals("adviser")
                                && !o.role().equals("special-envoy") && !o.role().equals("spokesperson")) {
                            java.time.LocalDate oEnd = o.to() == null ? java.time.LocalDate.MAX : o.to();
                            java.time.LocalDate pEnd = p.to() == null ? java.time.LocalDate.MAX : p.to();
                            boolean overlap = o.from().isBefore(pEnd) && p.from().isBefore(oEnd);
                            assertFalse(overlap, e.actor().id() + " and " + other.actor().id() + " both held " + o.role()
                                    + " of " + o.of() + ": " + o + " / " + p);
                        }
                    }
                }
            }
        }
        byOffice.clear();
    }

    @Test
    void holderLooksUpTheDate() {
        assertEquals("vladimir-putin", L.holder("president", "RUS", PartialDate.ofDay(2022, 2, 24)).orElseThrow().id());
        assertEquals("dmitry-medvedev", L.holder("president", "RUS", PartialDate.ofYear(2010)).orElseThrow().id());
        assertTrue(L.holder("president", "RUS", null).isEmpty());
    }

    @Test
    void aMalformedLexiconNamesTheSourceAndThePath() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String dup = "{\"actors\": [{\"id\": \"RUS\", \"kind\": \"STATE\", \"name\": \"Russia\"}, {\"id\": \"RUS\", \"kind\": \"STATE\", \"name\": \"Russia\"}]}";
        DataFileException e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(m.readTree(dup), "mine.json"));
        assertTrue(e.getMessage().startsWith("mine.json: $.actors[1].id"), e.getMessage());
        String badId = "{\"actors\": [{\"id\": \"Russia\", \"kind\": \"STATE\", \"name\": \"Russia\"}]}";
        e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(m.readTree(badId), "mine.json"));
        assertTrue(e.getMessage().contains("$.actors[0]"), e.getMessage());
        String personCycle = "{\"actors\": [{\"id\": \"a-b\", \"kind\": \"PERSON\", \"name\": \"A\", \"affiliation\": \"c-d\"},"
                + "{\"id\": \"c-d\", \"kind\": \"PERSON\", \"name\": \"C\", \"affiliation\": \"a-b\"}]}";
        e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(m.readTree(personCycle), "mine.json"));
        assertTrue(e.getMessage().contains("affiliation"), e.getMessage());
        String shared = "{\"actors\": [{\"id\": \"RUS\", \"kind\": \"STATE\", \"name\": \"Russia\", \"names\": [\"Moskou\"]},"
                + "{\"id\": \"UKR\", \"kind\": \"STATE\", \"name\": \"Ukraine\", \"names\": [\"Moskou\"]}]}";
        e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(m.readTree(shared), "mine.json"));
        assertTrue(e.getMessage().contains("\"Moskou\" also names"), e.getMessage());
        String badOffice = "{\"actors\": [{\"id\": \"RUS\", \"kind\": \"STATE\", \"name\": \"Russia\"}, {\"id\": \"a-b\", \"kind\": "
                + "\"PERSON\", \"name\": \"A\", \"offices\": [{\"role\": \"tsar\", \"of\": \"RUS\", \"from\": \"2020-01-01\"}]}]}";
        e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(m.readTree(badOffice), "mine.json"));
        assertTrue(e.getMessage().contains("unknown role \"tsar\""), e.getMessage());
    }

    @Test
    void usersAddAndOverrideEntries() throws Exception {
        String mine = "{\"actors\": [{\"id\": \"VAT\", \"kind\": \"STATE\", \"name\": \"Holy See\", \"names\": [\"de Heilige Stoel\", \"Het Vaticaan\"]},"
                + "{\"id\": \"jan-jansen\", \"kind\": \"PERSON\", \"name\": \"Jan Jansen\", \"affiliation\": \"NLD\", \"names\": [\"Jan Jansen\"]}]}";
        ActorLexicon both = L.with(ActorLexicon.fromJson(new ObjectMapper().readTree(mine.replace("\"NLD\"", "null")), "mine.json"));
        assertEquals("Holy See", both.actor("VAT").orElseThrow().name());
        ActorRecognizer r = ActorRecognizer.of(both);
        assertEquals(List.of("jan-jansen", "VAT"), r.recognize("Jan Jansen sprak met de Heilige Stoel.", null).actors().stream()
                .map(Actor::id).toList());
    }

    @Test
    void printsItsCounts() {
        String s = L.toString();
        assertTrue(s.matches("ActorLexicon\\[\\d+ actors, \\d+ persons, \\d+ surface forms, \\d+ roles]"), s);
    }

    /** A user's file: a council, its envoy (a new role) and the words around them. */
    private static final String COUNCIL = """
            {"actors": [
              {"id": "PCO", "kind": "ORGANIZATION", "name": "Peace Council", "names": ["Vredesraad"], "metonyms": ["het Vredespaleis"],
               "demonyms": ["Vredesraadse"]},
              {"id": "piet-pietersen", "kind": "PERSON", "name": "Piet Pietersen", "affiliation": "PCO", "names": ["Pietersen"],
               "offices": [{"role": "peace-envoy", "of": "PCO", "from": "2022-01-01", "to": "2023-12-31"}]},
              {"id": "jan-jansen", "kind": "PERSON", "name": "Jan Jansen", "affiliation": "PCO", "names": ["Jansen"],
               "offices": [{"role": "peace-envoy", "of": "PCO", "from": "2024-01-01"}]}],
             "roles": [{"role": "peace-envoy", "forms": ["raadsgezant"]}],
             "compounds": [{"form": "Raadsvoorzitter", "role": "peace-envoy", "of": "PCO"}],
             "heads": ["Raadsleden"], "unnamed": ["zegslieden"], "nonActors": ["Het Vredesblad"], "locatives": ["voorbij"],
             "agreementNouns": ["vredespact"], "indefinites": ["menig"], "modifiers": ["geheime"], "former": ["afgetreden"]}
            """;

    private static ActorLexicon council() throws Exception {
        return ActorLexicon.fromJson(new ObjectMapper().readTree(COUNCIL), "council.json");
    }

    @Test
    void aLexiconCountsItsActorsPersonsFormsAndRoles() throws Exception {
        assertEquals("ActorLexicon[3 actors, 2 persons, 6 surface forms, 1 roles]", council().toString(),
                "three names, a metonym, a demonym and a compound");
    }

    @Test
    void aFileLoadsFromDiskAndItsEntriesAreFound(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("council.json");
        java.nio.file.Files.writeString(file, COUNCIL);
        ActorLexicon c = ActorLexicon.load(file);
        assertEquals(List.of("Pietersen"), c.entry("piet-pietersen").orElseThrow().names());
        assertTrue(c.entry("RUS").isEmpty());
        assertEquals(List.of(new ActorLexicon.Compound("Raadsvoorzitter", "peace-envoy", "PCO")), c.compounds());
        assertEquals("piet-pietersen", c.holder("peace-envoy", "PCO", PartialDate.ofDay(2023, 12, 31)).orElseThrow().id());
        assertEquals("jan-jansen", c.holder("peace-envoy", "PCO", PartialDate.ofDay(2024, 1, 1)).orElseThrow().id());
        assertTrue(c.holder("peace-envoy", "PCO", PartialDate.ofYear(2021)).isEmpty(), "nobody held it yet");
        assertTrue(c.holder("peace-envoy", "PCO", PartialDate.ofMonth(2023, 12)).isPresent());
        assertTrue(c.holder("peace-envoy", "PCO", PartialDate.ofYear(2024)).isPresent());
    }

    @Test
    void anOfficeIsHeldFromItsFirstToItsLastDay() {
        ActorLexicon.Office held = new ActorLexicon.Office("peace-envoy", "PCO", java.time.LocalDate.of(2022, 1, 1),
                java.time.LocalDate.of(2023, 12, 31));
        assertFalse(held.heldOn(java.time.LocalDate.of(2021, 12, 31)));
        assertTrue(held.heldOn(java.time.LocalDate.of(2022, 1, 1)));
        assertTrue(held.heldOn(java.time.LocalDate.of(2023, 12, 31)));
        assertFalse(held.heldOn(java.time.LocalDate.of(2024, 1, 1)));
        ActorLexicon.Office open = new ActorLexicon.Office("peace-envoy", "PCO", java.time.LocalDate.of(2024, 1, 1), null);
        assertTrue(open.heldOn(java.time.LocalDate.of(2099, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new ActorLexicon.Office("peace-envoy", "PCO",
                java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2023, 1, 1)));
    }

    @Test
    void aMergedLexiconKeepsRolesCompoundsAndWordListsOfBoth() throws Exception {
        ActorLexicon both = ActorLexicon.defaults().with(council());
        assertTrue(both.roles().containsKey("peace-envoy"));
        assertTrue(both.roles().containsKey("president"));
        assertTrue(both.compounds().contains(new ActorLexicon.Compound("Raadsvoorzitter", "peace-envoy", "PCO")));
        assertTrue(both.compounds().stream().anyMatch(c -> c.form().equals("Kremlinwoordvoerder")));
        assertEquals("vladimir-putin", both.holder("president", "RUS", PartialDate.ofDay(2022, 2, 24)).orElseThrow().id(),
                "the defaults' offices still resolve");
        assertEquals("jan-jansen", both.holder("peace-envoy", "PCO", PartialDate.ofDay(2025, 2, 1)).orElseThrow().id());
        assertSame(ActorLexicon.defaults(), ActorRecognizer.defaults().lexicon());
    }

    @Test
    void aMisshapenOfficeOrADuplicateRoleNamesItsPath() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String noRole = "{\"actors\": [{\"id\": \"RUS\", \"kind\": \"STATE\", \"name\": \"Russia\", "
                + "\"offices\": [{\"of\": \"RUS\", \"from\": \"2020-01-01\"}]}]}";
        DataFileException e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(m.readTree(noRole), "mine.json"));
        assertEquals("$.actors[0].offices[0].role", e.path(), e.getMessage());
        String badDay = noRole.replace("{\"of\"", "{\"role\": \"president\", \"of\"").replace("2020-01-01", "2020-13-01");
        e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(m.readTree(badDay), "mine.json"));
        assertEquals("$.actors[0].offices[0]", e.path(), e.getMessage());
        assertTrue(e.getMessage().contains("ISO days"), e.getMessage());
        String twice = "{\"actors\": [], \"roles\": [{\"role\": \"president\", \"forms\": [\"president\"]},"
                + "{\"role\": \"president\", \"forms\": [\"staatshoofd\"]}]}";
        e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(m.readTree(twice), "mine.json"));
        assertEquals("$.roles[1].role", e.path(), e.getMessage());
    }

    @Test
    void aRecognizerOfAMergedLexiconReadsTheWordsOfBoth() throws Exception {
        ActorRecognizer r = ActorRecognizer.of(ActorLexicon.defaults().with(council()));
        java.util.function.BiFunction<String, PartialDate, List<String>> ids =
                (text, date) -> r.recognize(text, date).actors().stream().map(Actor::id).toList();
        PartialDate feb2023 = PartialDate.ofMonth(2023, 2);
        assertEquals(List.of("RUS"), ids.apply("De Russische regering zweeg.", feb2023), "heads");
        assertEquals(List.of(), ids.apply("Dat meldt The Washington Post.", feb2023), "media outlets");
        assertEquals(List.of(), ids.apply("Het verdrag van Rome blijft gelden.", feb2023), "agreement nouns");
        assertEquals(List.of(), ids.apply("De top in Boedapest gaat niet door.", feb2023), "locatives");
        assertEquals(List.of("dmitry-peskov"), ids.apply("Kremlinwoordvoerder zei niets.", feb2023), "compounds");
        assertEquals(List.of("USA"), ids.apply("De voormalige Amerikaanse president sprak.", feb2023), "former");
        assertFalse(ids.apply("De voormalige Duitse NAVO-chef waarschuwde.", feb2023).contains("jens-stoltenberg"),
                "a demonym between the former word and the role");
        assertEquals(List.of("USA", "unnamed-USA"), ids.apply("Dat zei een hoge Amerikaanse gezant.", feb2023),
                "een and a modifier before a role");
        assertEquals(List.of("unnamed-FRA"), ids.apply("Het zeiden Franse functionarissen.", feb2023).stream()
                .filter(id -> id.startsWith("unnamed")).toList(), "unnamed officials");
        assertEquals(List.of("piet-pietersen"), ids.apply("De Raadsvoorzitter sprak.", PartialDate.ofDay(2022, 6, 1)));
        assertEquals(List.of("jan-jansen", "PCO"), ids.apply("De raadsgezant van de Vredesraad sprak.", PartialDate.ofDay(2024, 6, 1)));
        assertEquals(List.of("PCO", "unnamed-PCO"), ids.apply("Dat zeggen Vredesraad-zegslieden.", feb2023));
    }
}

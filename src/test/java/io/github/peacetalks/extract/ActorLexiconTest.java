package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}

package io.github.peacetalks.examples.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes small synthetic Dutch news articles, one file each, deterministically from a seed: a dated header (day,
 * month or year precision, sometimes none), a title and a few sentences in which states and people take positions,
 * some with conditions, some hedged, some dated
 * in the text. The sentences are the generator's own.
 */
final class ArticleGenerator {

    private static final String[] HOLDERS = {
        "Het Kremlin", "Moskou", "President Poetin", "Woordvoerder Peskov", "Kiev", "President Zelensky",
        "Parijs", "President Macron", "Berlijn", "Washington", "Peking", "De NAVO", "Ankara", "Londen"};
    private static final String[] CLAIMS = {
        "wijst een staakt-het-vuren af", "wil onderhandelen", "wees vrijdag een staakt-het-vuren af",
        "zei vorige maand te willen onderhandelen", "zou bereid zijn om over een bestand te praten", "steunt een staakt-het-vuren",
        "eist dat Oekraïne afziet van het NAVO-lidmaatschap", "sluit onderhandelingen uit",
        "is bereid vredestroepen te sturen", "wil de sancties handhaven", "roept op tot een bestand",
        "pleit voor veiligheidsgaranties", "wijst elke afstand van grondgebied af"};
    private static final String[] CONDITIONS = {
        " als Moskou zijn troepen terugtrekt", " zolang het Westen wapens levert",
        " als Oekraïne de annexatie erkent", " als de sancties worden opgeheven"};
    private static final String[] FILLER = {
        "De gesprekken duurden tot diep in de nacht.", "Over details werd niets gezegd.",
        "Waarnemers zijn voorzichtig.", "Een nieuwe ronde staat nog niet vast.",
        "Het overleg vond plaats achter gesloten deuren."};
    private static final String[] TITLES = {
        "Nieuwe voorwaarden voor overleg", "Geen doorbraak in gesprekken", "Europa zoekt garanties",
        "Moskou en Kiev blijven ver uit elkaar", "Druk op bestand neemt toe"};

    private final Random random;
    private final int paragraphs;

    /** A generator of articles of one paragraph of two to five sentences (a few hundred bytes). */
    ArticleGenerator(long seed) {
        this(seed, 1);
    }

    /** A generator of articles of {@code paragraphs} paragraphs (about 250 bytes each). */
    ArticleGenerator(long seed, int paragraphs) {
        this.random = new Random(seed);
        this.paragraphs = paragraphs;
    }

    /** Writes {@code count} articles as {@code dir/NNN/a-NNNNN.txt} (a hundred folders, to walk recursively). */
    void write(Path dir, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path sub = dir.resolve(String.format("%03d", i % 100));
            Files.createDirectories(sub);
            Files.writeString(sub.resolve(String.format("a-%05d.txt", i)), article(), StandardCharsets.UTF_8);
        }
    }

    /** One article. */
    String article() {
        StringBuilder b = new StringBuilder();
        int year = 2014 + random.nextInt(12);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String title = pick(TITLES);
        switch (random.nextInt(5)) {
            case 0 -> b.append("date ").append(year).append('\n');
            case 1 -> b.append("date ").append(year).append('-').append(two(month)).append('\n');
            case 4 -> { }
            default -> b.append("date ").append(year).append('-').append(two(month)).append('-').append(two(day)).append('\n');
        }
        b.append('\n').append(title).append("\n\n");
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                b.append(sentence());
            }
            b.append("\n\n");
        }
        b.append(pick(FILLER)).append('\n');
        return b.toString();
    }

    private String sentence() {
        if (random.nextInt(4) == 0) {
            return pick(FILLER);
        }
        String condition = random.nextInt(3) == 0 ? pick(CONDITIONS) : "";
        return pick(HOLDERS) + " " + pick(CLAIMS) + condition + ".";
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}

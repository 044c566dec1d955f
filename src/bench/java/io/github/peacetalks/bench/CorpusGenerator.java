package io.github.peacetalks.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic articles in the dated source format, deterministically from a seed: every header
 * variant, page chrome, links to other stories, and paragraphs of Dutch news sentences built from fragments.
 */
public final class CorpusGenerator {

    private static final String[] SUBJECTS = {
        "De Russische president Vladimir Poetin", "Kremlinwoordvoerder Dmitri Peskov", "Het Kremlin", "Moskou",
        "De Oekraïense president Volodymyr Zelensky", "Kiev", "De regering in Kiev", "Presidentieel adviseur Mychajlo Podoljak",
        "De Franse president Emmanuel Macron", "Bondskanselier Olaf Scholz", "De Britse premier Keir Starmer",
        "De Amerikaanse president Donald Trump", "Speciaal gezant Steve Witkoff", "Minister van Buitenlandse Zaken Marco Rubio",
        "NAVO-chef Mark Rutte", "EU-buitenlandchef Kaja Kallas", "De Turkse president Erdogan", "Peking", "Een hoge Europese diplomaat"};
    private static final String[] VERBS = {
        "zei dinsdag dat", "liet weten dat", "benadrukte dat", "waarschuwde dat", "herhaalde dat", "verklaarde vrijdag dat",
        "zei in een interview dat", "schreef op sociale media dat"};
    private static final String[] CLAUSES = {
        "er pas over een staakt-het-vuren kan worden gesproken als alle troepen zijn teruggetrokken",
        "het land bereid is om zonder voorwaarden aan tafel te gaan",
        "een NAVO-lidmaatschap voor Oekraïne onaanvaardbaar blijft",
        "de sancties niet worden opgeheven zolang de aanvallen doorgaan",
        "Europa meer wapens en munitie moet leveren om de positie van Kiev te versterken",
        "veiligheidsgaranties de kern van elk akkoord moeten vormen",
        "er geen sprake kan zijn van het afstaan van grondgebied",
        "de gesprekken in Genève of Istanboel kunnen worden hervat",
        "het vredesplan op een aantal punten moet worden aangepast",
        "een bestand op de Zwarte Zee een eerste stap zou zijn"};
    private static final String[] EXTRAS = {
        "Dat gebeurde na een telefoongesprek van ruim een uur.", "Details werden niet bekendgemaakt.",
        "„Wij willen vrede, maar niet tegen elke prijs”, zei hij.", "Volgens ingewijden ligt er nog geen concreet voorstel op tafel.",
        "De gesprekken zouden volgende week worden voortgezet.", "Waarnemers reageren sceptisch op de uitspraken.",
        "Sinds 24\u00A0februari 2022 zijn tienduizenden mensen om het leven gekomen.", "Het Witte Huis wilde niet reageren."};
    private static final String[] TITLES = {
        "Kremlin sluit gesprekken niet uit", "Kiev wijst plan af", "Europa wil garanties voor Oekraïne",
        "Nieuwe ronde van overleg in Riyad", "Trump stuurt gezant naar Moskou", "Zelensky eist terugtrekking",
        "Bestand op de Zwarte Zee wankelt", "NAVO-top zoekt eensgezindheid over steun"};
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"};

    private final Random random;

    /** A generator with a fixed seed: the same seed gives the same corpus. */
    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Articles until their total length reaches {@code chars} characters. */
    public List<String> articles(long chars) {
        List<String> out = new ArrayList<>();
        long total = 0;
        while (total < chars) {
            String a = article();
            out.add(a);
            total += a.length();
        }
        return out;
    }

    /** One article of about two to five kilobytes in one of the format's variants. */
    public String article() {
        StringBuilder b = new StringBuilder();
        String nl = random.nextInt(10) == 0 ? "\r\n" : "\n";
        String sep = random.nextInt(4) == 0 ? nl : nl + nl;
        int year = 2014 + random.nextInt(12);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String title = pick(TITLES);
        switch (random.nextInt(6)) {
            case 0 -> b.append(" date ").append(year).append('-').append(two(month)).append(' ').append(title).append(sep);
            case 1 -> b.append("date ").append(year).append('-').append(two(month)).append('-').append(two(day)).append(' ').append(title)
                    .append(" Nieuws • Vandaag • leestijd 3 minuten • 120 keer bekeken • bewaren").append(sep);
            case 2 -> b.append(" date ").append(year).append('-').append(two(month)).append(' ').append(title).append(". ")
                    .append(sentence()).append(sep);
            case 3 -> b.append(MONTHS[month - 1]).append(' ').append(day).append(", ").append(year).append(sep)
                    .append("Buitenland").append(sep).append("Elke dag het belangrijkste nieuws, kort en helder.").append(sep)
                    .append(title).append(sep).append(title).append(sep);
            case 4 -> b.append(title).append(nl).append("Gepubliceerd op ").append(two(day)).append('/').append(two(month))
                    .append('/').append(year).append(" 10:15 in Buitenland").append(nl);
            default -> { }
        }
        int paragraphs = 5 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            if (p == 3 && random.nextInt(3) == 0) {
                b.append("Lees ook: ").append(pick(TITLES)).append(sep);
            }
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                b.append(sentence());
            }
            b.append(sep);
        }
        if (random.nextInt(4) == 0) {
            b.append("Word abonnee en lees onbeperkt.").append(nl);
        }
        return b.toString();
    }

    private String sentence() {
        if (random.nextInt(3) == 0) {
            return pick(EXTRAS);
        }
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(CLAUSES) + ".";
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The size of {@code articles} in UTF-8, in megabytes (10^6 bytes). */
    static double megabytes(List<String> articles) {
        long bytes = 0;
        for (String a : articles) {
            bytes += a.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes / 1e6;
    }
}

package io.github.peacetalks.bench;

import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.source.SourceParser;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Time per megabyte of adversarial text at 1, 10 and 100 MB: parsing and then extracting each kind of hostile input,
 * to show that no stage is worse than linear. Prints one line per kind and size; run with a heap of 2 GB.
 */
public final class AdversarialScaling {

    private AdversarialScaling() {
    }

    /** The kinds of text, each a function from a size in bytes to a text of about that size. */
    static Map<String, IntFunction<String>> kinds() {
        Map<String, IntFunction<String>> k = new LinkedHashMap<>();
        k.put("no newline", n -> header() + repeat("Rusland eist dat Kiev afziet van het NAVO-lidmaatschap, zei Peskov. ", n));
        k.put("blank lines", n -> header() + "\n".repeat(Math.max(0, n - 200)) + "Kiev wil praten.\n");
        k.put("one word", n -> header() + "a".repeat(n));
        k.put("open quotes", n -> header() + repeat("„Poetin wil „geen „gesprekken ", n));
        k.put("one sentence", n -> header() + repeat("Zelensky steunt een staakt-het-vuren en Moskou weigert onderhandelingen ", n));
        k.put("date lines", n -> repeat(" date 2023-02-15 Kop\n\nKiev wil praten met Moskou.\n\n", n));
        k.put("control chars", n -> header() + repeat("Kiev\u0000wil\u0007praten\u001b[0m met\u000bMoskou.\r", n));
        return k;
    }

    private static String header() {
        return " date 2023-02-15 Kop\n\n";
    }

    private static String repeat(String unit, int bytes) {
        int times = Math.max(1, bytes / unit.getBytes(StandardCharsets.UTF_8).length);
        return unit.repeat(times);
    }

    /** Arguments: the sizes in MB (default 1 10 100). */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1, 10, 100} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        SourceParser parser = SourceParser.builder().maxFileBytes(1L << 30).build();
        Extractor extractor = Extractor.defaults();
        System.out.printf("%-14s %6s %12s %12s %12s%n", "kind", "MB", "parse ms/MB", "extract ms/MB", "articles");
        for (Map.Entry<String, IntFunction<String>> e : kinds().entrySet()) {
            for (int mb : sizes) {
                byte[] bytes = e.getValue().apply(mb << 20).getBytes(StandardCharsets.UTF_8);
                double size = bytes.length / (double) (1 << 20);
                // the first pass warms the JIT on the small size; the figure is the faster of two passes
                double parse = Double.MAX_VALUE;
                double extract = Double.MAX_VALUE;
                int articles = 0;
                for (int pass = 0; pass < 2; pass++) {
                    long t0 = System.nanoTime();
                    List<Article> parsed = parser.parse(bytes, "adversarial");
                    long t1 = System.nanoTime();
                    for (Article a : parsed) {
                        extractor.extract(a);
                    }
                    long t2 = System.nanoTime();
                    parse = Math.min(parse, (t1 - t0) / 1e6 / size);
                    extract = Math.min(extract, (t2 - t1) / 1e6 / size);
                    articles = parsed.size();
                }
                System.out.printf("%-14s %6.1f %12.1f %12.1f %12d%n", e.getKey(), size, parse, extract, articles);
            }
        }
    }
}

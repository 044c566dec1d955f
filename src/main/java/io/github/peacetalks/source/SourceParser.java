package io.github.peacetalks.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.internal.Chars;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.internal.SentenceBreaks;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the dated source format into {@link Article}s: one file, a directory (recursively, in a stable
 * order), a stream of concatenated articles, or a string.
 *
 * <p>Immutable and thread-safe: one parser serves every thread. In lenient mode (the default) bad input is a
 * {@link Problem} recorded on the article and nothing else is lost; in strict mode it is a {@link
 * SourceException}. Parsing a string never throws anything else.
 */
public final class SourceParser {

    /**
     * The largest file read by default (4 MiB, far above any news page); larger files are reported and skipped.
     * Measured: the densest text needs between 8 and 16 times its size in heap while it is parsed, so two files
     * parsed at once stay well inside a 256 MB heap.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 4L << 20;

    /** The most files one {@link #walk} reads by default; the rest are reported once and skipped. */
    public static final long DEFAULT_MAX_FILES_PER_WALK = 10_000_000L;

    private static final SourceParser LENIENT = builder().build();

    private final boolean strict;
    private final BoilerplateRules rules;
    private final DateForms dates;
    private final SentenceBreaks breaks;
    private final Predicate<Path> filter;
    private final long maxFileBytes;
    private final long maxFilesPerWalk;

    private SourceParser(Builder b) {
        this.strict = b.strict;
        this.rules = b.rules;
        this.dates = b.dates;
        this.breaks = b.breaks;
        this.filter = b.filter;
        this.maxFileBytes = b.maxFileBytes;
        this.maxFilesPerWalk = b.maxFilesPerWalk;
    }

    /** The default parser: lenient, the library's own rules, {@code *.txt} files. */
    public static SourceParser lenient() {
        return LENIENT;
    }

    /** A parser that throws {@link SourceException} on the first problem. */
    public static SourceParser strict() {
        return builder().strict(true).build();
    }

    /** A builder for a parser with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether this parser throws on problems instead of recording them. */
    public boolean isStrict() {
        return strict;
    }

    /** The boilerplate rules this parser applies. */
    public BoilerplateRules rules() {
        return rules;
    }

    /** The date forms this parser reads. */
    public DateForms dates() {
        return dates;
    }

    /**
     * Parses {@code text} as one article, without looking for further {@code date} headers.
     *
     * @param id the article's id (also used as its origin in problems)
     */
    public Article parseArticle(String text, String id) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(id, "id");
        return layout(stripBom(text), id, id, 0, 1, List.of());
    }

    /**
     * Parses a text that may hold several articles: every line that starts with {@code date} and a date starts
     * a new one. Ids are {@code name} without its extension, plus {@code #1}, {@code #2}... when there are
     * several.
     */
    public List<Article> parse(String text, String name) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        return split(stripBom(text), name, List.of());
    }

    /**
     * Parses one file (see {@link #parse(String, String)} for files that hold several articles). A pipe or device
     * ({@code /dev/stdin}) is read as a stream, to its end or to the byte limit.
     */
    public List<Article> parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            // the size of a pipe or device says nothing: read it with the limit instead
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, file.toString());
            }
        }
        long size = Files.size(file);
        if (size > maxFileBytes) {
            throw new SourceException(new Problem(file.toString(), 0, 0,
                    "file has " + size + " bytes, more than the limit of " + maxFileBytes));
        }
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** Parses the bytes of a stream, read to its end (UTF-8, or UTF-16 with a BOM). */
    public List<Article> parse(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, maxFileBytes + 1));
        if (bytes.length > maxFileBytes) {
            throw new SourceException(new Problem(name, 0, 0, "input is longer than the limit of " + maxFileBytes + " bytes"));
        }
        return parse(bytes, name);
    }

    /** Parses raw bytes (UTF-8, or UTF-16 with a BOM); invalid bytes are reported with their byte offset. */
    public List<Article> parse(byte[] bytes, String name) {
        Decoding.Decoded d = Decoding.decode(bytes, name, strict);
        return split(d.text(), name, d.problems());
    }

    /**
     * Reads a stream of concatenated articles lazily: only one article's text is held at a time. Every
     * article's id is {@code name} plus {@code #} and its ordinal, unless the stream holds only one.
     */
    public Stream<Article> stream(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(name, "name");
        return StreamSupport.stream(new StreamSplitter(reader, name), false);
    }

    /**
     * Every article under {@code root} (a file or a directory, walked recursively in name order), read lazily.
     * A file that cannot be read is reported to {@code onProblem} and skipped; the walk goes on (in strict mode it
     * is thrown as a {@link SourceException}). Symbolic links to directories are not followed. Once {@code
     * maxFilesPerWalk} files have been read, the walk stops and reports that once, naming {@code root}.
     */
    public Stream<Article> walk(Path root, Consumer<Problem> onProblem) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(onProblem, "onProblem");
        Consumer<Problem> report = strict ? p -> {
            throw new SourceException(p);
        } : onProblem;
        Stream<Path> files = Files.isDirectory(root)
                ? StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                        new DirectoryWalk(root, filter, report, maxFilesPerWalk), Spliterator.ORDERED | Spliterator.NONNULL), false)
                : Stream.of(root);
        return files.flatMap(f -> readQuietly(f, onProblem).stream());
    }

    private List<Article> readQuietly(Path file, Consumer<Problem> onProblem) {
        try {
            return parse(file);
        } catch (SourceException e) {
            if (strict) {
                throw e;
            }
            onProblem.accept(e.problem());
        } catch (IOException | UncheckedIOException | SecurityException e) {
            Problem p = new Problem(file.toString(), 0, 0, "cannot read: " + describe(e));
            if (strict) {
                throw new SourceException(p, e);
            }
            onProblem.accept(p);
        }
        return List.of();
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The id a source name gives: its last path element without extension. */
    static String baseId(String name) {
        String s = name;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (slash >= 0 && slash < s.length() - 1) {
            s = s.substring(slash + 1);
        }
        int dot = s.lastIndexOf('.');
        if (dot > 0 && s.length() - dot <= 6) {
            s = s.substring(0, dot);
        }
        return s.isBlank() ? "article" : s;
    }

    private List<Article> split(String text, String name, List<Problem> decodeProblems) {
        Lines lines = Lines.of(text);
        List<int[]> stretches = new ArrayList<>();
        int begin = 0;
        int beginLine = 0;
        boolean content = false;
        for (int i = 0; i < lines.count(); i++) {
            int s = lines.start(i);
            int e = lines.end(i);
            if (content && Layout.header(text, s, e, dates) != null) {
                stretches.add(new int[] {begin, s, beginLine});
                begin = s;
                beginLine = i;
                content = false;
            }
            if (!content && !Chars.isBlank(text, s, e)) {
                content = true;
            }
        }
        stretches.add(new int[] {begin, text.length(), beginLine});
        String base = baseId(name);
        List<Article> out = new ArrayList<>(stretches.size());
        for (int k = 0; k < stretches.size(); k++) {
            int[] st = stretches.get(k);
            String id = stretches.size() == 1 ? base : base + "#" + (k + 1);
            List<Problem> problems = new ArrayList<>();
            for (Problem p : decodeProblems) {
                int line = p.line();
                int next = k + 1 < stretches.size() ? stretches.get(k + 1)[2] + 1 : Integer.MAX_VALUE;
                if (line == 0 ? k == 0 : line >= st[2] + 1 && line < next) {
                    problems.add(p);
                }
            }
            out.add(layout(text.substring(st[0], st[1]), id, name, st[0], st[2] + 1, problems));
        }
        return out;
    }

    private Article layout(String text, String id, String origin, int originOffset, int firstLine, List<Problem> problems) {
        return new Layout(text, origin, firstLine, strict, rules, dates, breaks, problems).build(id, originOffset);
    }

    /** Splits a character stream at header lines, keeping one article's text at a time. */
    private final class StreamSplitter extends Spliterators.AbstractSpliterator<Article> {

        private final Reader reader;
        private final String name;
        private final String base;
        private final char[] buffer = new char[8192];
        private int bufferPos;
        private int bufferLen;
        private boolean eof;
        private boolean atStart = true;
        private StringBuilder pending;
        private int pendingOffset;
        private int pendingLine = 1;
        private int offset;
        private int lineNo = 1;
        private int emitted;
        private boolean done;

        StreamSplitter(Reader reader, String name) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.reader = reader;
            this.name = name;
            this.base = baseId(name);
        }

        @Override
        public boolean tryAdvance(Consumer<? super Article> action) {
            if (done) {
                return false;
            }
            if (pending == null) {
                pending = new StringBuilder();
            }
            boolean content = !Chars.isBlank(pending, 0, pending.length());
            while (true) {
                String line = readLine();
                if (line == null) {
                    done = true;
                    if (content || emitted == 0) {
                        String id = emitted == 0 ? base : base + "#" + (emitted + 1);
                        emitted++;
                        action.accept(layout(pending.toString(), id, name, pendingOffset, pendingLine, List.of()));
                        return true;
                    }
                    return false;
                }
                int contentEnd = line.length();
                while (contentEnd > 0 && (line.charAt(contentEnd - 1) == '\n' || line.charAt(contentEnd - 1) == '\r')) {
                    contentEnd--;
                }
                if (content && Layout.header(line, 0, contentEnd, dates) != null) {
                    String id = base + "#" + (emitted + 1);
                    emitted++;
                    Article a = layout(pending.toString(), id, name, pendingOffset, pendingLine, List.of());
                    pending = new StringBuilder(line);
                    pendingOffset = offset;
                    pendingLine = lineNo;
                    advance(line);
                    action.accept(a);
                    return true;
                }
                pending.append(line);
                advance(line);
                if (!content && !Chars.isBlank(line, 0, contentEnd)) {
                    content = true;
                }
            }
        }

        private void advance(String line) {
            offset += line.length();
            lineNo++;
        }

        /** The next line with its line end, or null at the end of the stream. */
        private String readLine() {
            StringBuilder b = new StringBuilder();
            while (true) {
                if (bufferPos == bufferLen) {
                    if (eof || !fill()) {
                        return b.length() == 0 ? null : b.toString();
                    }
                }
                char c = buffer[bufferPos++];
                if (atStart) {
                    atStart = false;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                b.append(c);
                if (c == '\n') {
                    return b.toString();
                }
                if (c == '\r') {
                    if (bufferPos == bufferLen && !eof) {
                        fill();
                    }
                    if (bufferPos < bufferLen && buffer[bufferPos] == '\n') {
                        b.append('\n');
                        bufferPos++;
                    }
                    return b.toString();
                }
            }
        }

        private boolean fill() {
            try {
                int n = reader.read(buffer, 0, buffer.length);
                if (n < 0) {
                    eof = true;
                    bufferPos = bufferLen = 0;
                    return false;
                }
                bufferPos = 0;
                bufferLen = n;
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }

    /** Settings for a {@link SourceParser}. */
    public static final class Builder {

        private boolean strict;
        private BoilerplateRules rules = BoilerplateRules.defaults();
        private DateForms dates = DateForms.defaults();
        private SentenceBreaks breaks = defaultBreaks();
        private Predicate<Path> filter = glob("*.txt");
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private long maxFilesPerWalk = DEFAULT_MAX_FILES_PER_WALK;

        private Builder() {
        }

        /** Throw {@link SourceException} on the first problem instead of recording it (default: false). */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The boilerplate rules to apply (default: {@link BoilerplateRules#defaults()}). */
        public Builder rules(BoilerplateRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** The date forms to read (default: {@link DateForms#defaults()}). */
        public Builder dates(DateForms dates) {
            this.dates = Objects.requireNonNull(dates, "dates");
            return this;
        }

        /** The abbreviations whose full stop does not end a sentence (default: {@code sentences.json}). */
        public Builder abbreviations(java.util.Collection<String> abbreviations) {
            this.breaks = new SentenceBreaks(new LinkedHashSet<>(Objects.requireNonNull(abbreviations, "abbreviations")));
            return this;
        }

        /**
         * Which files of a directory to read, as a glob on the file name (default {@code *.txt}).
         *
         * @throws IllegalArgumentException if {@code glob} is not a valid glob, saying why
         */
        public Builder fileGlob(String glob) {
            this.filter = glob(Objects.requireNonNull(glob, "glob"));
            return this;
        }

        /** Which files of a directory to read. */
        public Builder fileFilter(Predicate<Path> filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /** The largest file to read; larger ones are reported and skipped. */
        public Builder maxFileBytes(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive: " + max);
            }
            this.maxFileBytes = max;
            return this;
        }

        /**
         * The most files one {@link SourceParser#walk} reads (default {@link SourceParser#DEFAULT_MAX_FILES_PER_WALK}); the
         * walk reports once that the limit is reached and reads no further files.
         */
        public Builder maxFilesPerWalk(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFilesPerWalk must be positive: " + max);
            }
            this.maxFilesPerWalk = max;
            return this;
        }

        /** The parser. */
        public SourceParser build() {
            return new SourceParser(this);
        }

        private static Predicate<Path> glob(String glob) {
            PathMatcher m;
            try {
                m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a valid file glob: '" + glob + "': " + e.getDescription(), e);
            }
            return p -> p.getFileName() != null && m.matches(p.getFileName());
        }

        private static SentenceBreaks defaultBreaks() {
            JsonNode root = DataFiles.resource(SourceParser.class, "sentences.json");
            Set<String> abbreviations = new LinkedHashSet<>(DataFiles.strings(root, "abbreviations",
                    "io/github/peacetalks/source/sentences.json", "$"));
            return new SentenceBreaks(abbreviations);
        }
    }

    @Override
    public String toString() {
        return "SourceParser[" + (strict ? "strict" : "lenient") + ", " + rules + "]";
    }
}

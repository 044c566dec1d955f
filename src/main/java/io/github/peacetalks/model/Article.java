package io.github.peacetalks.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One news article: where it came from, its date, and its source text divided into parts (date marker,
 * title, paragraphs, removed boilerplate, white space), plus the actors and positions extraction found.
 *
 * <p>The parts cover the source text exactly, in order, so {@link #source()} gives back the text as read
 * and every offset (of a part, a problem or a position's evidence) points into it.
 *
 * @param id stable id: the file name without extension, or the stream name plus ordinal
 * @param origin the file or stream the article was read from
 * @param originOffset where the article's stretch begins in its origin (0 for a file of one article)
 * @param date the article's date at its precision, or null when unknown
 * @param parts the source text divided into parts, contiguous from offset 0
 * @param problems what was wrong with the input (empty when nothing was)
 * @param actors every actor the title and body name, once each, in order of first mention
 * @param positions the positions read from the title and body
 * @param dating what the text says about the date (an inferred interval for an undated article, a flag for a
 *     capture date), or null when extraction has not looked or found nothing to say
 */
public record Article(String id, String origin, int originOffset, PartialDate date, List<Part> parts,
                      List<Problem> problems, List<Actor> actors, List<Position> positions, Dating dating) {

    /** Checks the id and that the parts are contiguous from offset 0; freezes the lists. */
    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        Objects.requireNonNull(origin, "origin");
        if (originOffset < 0) {
            throw new IllegalArgumentException("originOffset must not be negative: " + originOffset);
        }
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        actors = List.copyOf(Objects.requireNonNull(actors, "actors"));
        positions = List.copyOf(Objects.requireNonNull(positions, "positions"));
        int at = 0;
        for (Part p : parts) {
            if (p.begin() != at) {
                throw new IllegalArgumentException("article " + id + ": parts must be contiguous, but " + p
                        + " begins at " + p.begin() + " where " + at + " was expected");
            }
            at = p.end();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Actor a : actors) {
            if (!seen.add(a.id())) {
                throw new IllegalArgumentException("article " + id + ": actor " + a.id() + " is listed twice");
            }
        }
    }

    /** An article with nothing extracted yet. */
    public static Article parsed(String id, String origin, int originOffset, PartialDate date, List<Part> parts,
                                 List<Problem> problems) {
        return new Article(id, origin, originOffset, date, parts, problems, List.of(), List.of(), null);
    }

    /** This article with the given actors and positions in place of the current ones. */
    public Article withExtraction(List<Actor> actors, List<Position> positions) {
        return new Article(id, origin, originOffset, date, parts, problems, actors, positions, dating);
    }

    /** This article with the given extraction results in place of the current ones. */
    public Article withExtraction(List<Actor> actors, List<Position> positions, Dating dating) {
        return new Article(id, origin, originOffset, date, parts, problems, actors, positions, dating);
    }

    /**
     * This article with {@code more} problems listed after its own; a problem already listed is not added again,
     * so extracting an article twice does not repeat what extraction recorded.
     */
    public Article withProblems(List<Problem> more) {
        Set<Problem> all = new LinkedHashSet<>(problems);
        all.addAll(more);
        return all.size() == problems.size() ? this : new Article(id, origin, originOffset, date, parts, List.copyOf(all), actors, positions, dating);
    }

    /** The precision of {@link #date()}, {@link DatePrecision#NONE} when there is no date. */
    public DatePrecision datePrecision() {
        return date == null ? DatePrecision.NONE : date.precision();
    }

    /** The headline as clean text, or null when the source has none. */
    public String title() {
        for (Part p : parts) {
            if (p.kind() == PartKind.TITLE) {
                return clean(p.text()).strip();
            }
        }
        return null;
    }

    /** The title part, or null. */
    public Part titlePart() {
        for (Part p : parts) {
            if (p.kind() == PartKind.TITLE) {
                return p;
            }
        }
        return null;
    }

    /** The body paragraphs, in order. */
    public List<Part> paragraphs() {
        return ofKind(PartKind.PARAGRAPH);
    }

    /** Every stretch removed as boilerplate, with the rule that removed it. */
    public List<Part> removed() {
        return ofKind(PartKind.BOILERPLATE);
    }

    /** The parts of one kind, in order. */
    public List<Part> ofKind(PartKind kind) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.kind() == kind) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The body as clean text: the paragraphs joined by one blank line, with no-break spaces as plain
     * spaces and line breaks inside a paragraph as spaces.
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p.kind() == PartKind.PARAGRAPH) {
                if (b.length() > 0) {
                    b.append("\n\n");
                }
                b.append(clean(p.text()));
            }
        }
        return b.toString();
    }

    /** The source text exactly as it was read (for a stream member, its own stretch). */
    public String source() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            b.append(p.text());
        }
        return b.toString();
    }

    /** The length of the source text in UTF-16 code units. */
    public int length() {
        return parts.isEmpty() ? 0 : parts.get(parts.size() - 1).end();
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                b.append(' ');
            } else if (c == '\n' || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        String title = title();
        return "Article[" + id + ", " + (date == null ? "undated" : date) + ", "
                + (title == null ? "no title" : "\"" + Part.abbreviate(title) + "\"")
                + ", " + paragraphs().size() + " paragraphs, " + removed().size() + " removed"
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problems")
                + ", " + actors.size() + " actors, " + positions.size() + " positions"
                + (dating == null ? "" : ", " + dating) + "]";
    }
}

package io.github.peacetalks.source;

import io.github.peacetalks.model.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into text: a BOM chooses UTF-8 or UTF-16 and is dropped; without one, bytes that are plainly
 * UTF-16 or windows-1252 are read as such (with a problem that says so), else UTF-8; invalid bytes are located.
 */
final class Decoding {

    /** The decoded text and what was wrong with the bytes. */
    record Decoded(String text, List<Problem> problems) {
    }

    /** The single-byte encoding of Dutch pages that are not UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How many leading bytes decide whether a file without a BOM is UTF-16. */
    private static final int SAMPLE = 4096;

    private Decoding() {
    }

    static Decoded decode(byte[] bytes, String source, boolean strict) {
        int skip = 0;
        Charset cs = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            skip = 2;
            cs = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            skip = 2;
            cs = StandardCharsets.UTF_16LE;
        }
        List<Problem> problems = new ArrayList<>();
        if (skip == 0) {
            Charset guessed = guess(bytes);
            if (guessed != null) {
                Problem p = new Problem(source, 0, 0, guessed == WINDOWS_1252
                        ? "not UTF-8 (no byte sequence in it is); read as windows-1252"
                        : "no byte order mark; read as " + guessed.name() + ", as its zero bytes show");
                if (strict) {
                    throw new SourceException(p);
                }
                problems.add(p);
                cs = guessed;
            }
        }
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length - skip) + 16));
        int reported = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            int at = in.position();
            if (strict || reported < 20) {
                // locating scans the text decoded so far: only for the problems that are listed
                Problem p = locate(out, source, "invalid " + cs.name() + " at byte " + at
                        + " (" + r.length() + " byte" + (r.length() == 1 ? "" : "s") + " replaced by U+FFFD)");
                if (strict) {
                    throw new SourceException(p);
                }
                problems.add(p);
            } else if (reported == 20) {
                problems.add(new Problem(source, 0, 0, "more invalid " + cs.name() + " sequences follow; not all are listed"));
            }
            reported++;
            in.position(at + r.length());
            if (!out.hasRemaining()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put('\uFFFD');
        }
        out.flip();
        // no U+FEFF is left to drop: a UTF-8 text can only begin with one after the BOM that was skipped above
        return new Decoded(out.toString(), problems);
    }

    /**
     * The encoding of bytes without a BOM when they are plainly not UTF-8, or null. UTF-16: at least 60% of the
     * bytes on one side of each pair are zero and at most 10% on the other (Dutch text is almost all Latin-1,
     * whose high byte is zero), judged on the first 4 KB. Windows-1252: there are two or more bytes above 0x7F,
     * at least half of them between ASCII bytes, and not one valid UTF-8 multi-byte sequence, so reading the bytes as UTF-8
     * would lose every accented letter.
     */
    static Charset guess(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        if (pairs >= 4) {
            int evenZero = 0;
            int oddZero = 0;
            for (int i = 0; i < pairs; i++) {
                evenZero += bytes[2 * i] == 0 ? 1 : 0;
                oddZero += bytes[2 * i + 1] == 0 ? 1 : 0;
            }
            if (oddZero * 10 >= pairs * 6 && evenZero * 10 <= pairs) {
                return StandardCharsets.UTF_16LE;
            }
            if (evenZero * 10 >= pairs * 6 && oddZero * 10 <= pairs) {
                return StandardCharsets.UTF_16BE;
            }
        }
        int high = 0;
        int alone = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            high++;
            int n = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            if (n > 0 && i + n < bytes.length && continuations(bytes, i + 1, n)) {
                return null;
            }
            if ((i == 0 || bytes[i - 1] >= 0) && (i + 1 == bytes.length || bytes[i + 1] >= 0)) {
                alone++;
            }
        }
        // an accented letter of a single-byte text stands between ASCII bytes; overlong forms and noise do not
        return high >= 2 && alone * 2 >= high ? WINDOWS_1252 : null;
    }

    private static boolean continuations(byte[] bytes, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A problem located at the end of what has been decoded so far (1-based line and column). */
    private static Problem locate(CharBuffer decodedSoFar, String source, String message) {
        int line = 1;
        int col = 1;
        int n = decodedSoFar.position();
        for (int i = 0; i < n; i++) {
            char c = decodedSoFar.get(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || decodedSoFar.get(i + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }
        return new Problem(source, line, col, message);
    }
}

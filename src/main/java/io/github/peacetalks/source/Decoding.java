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

/** Turns a file's bytes into text: a BOM chooses UTF-8 or UTF-16 and is dropped; invalid bytes are located. */
final class Decoding {

    /** The decoded text and what was wrong with the bytes. */
    record Decoded(String text, List<Problem> problems) {
    }

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
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length - skip) + 16));
        List<Problem> problems = new ArrayList<>();
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

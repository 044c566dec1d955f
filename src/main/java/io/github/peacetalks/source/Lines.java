package io.github.peacetalks.source;

import java.util.Arrays;

/** The lines of a text: where each begins and where its content ends (line ends kept). */
final class Lines {

    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;

    private Lines() {
    }

    /** Splits at \n, \r\n and a lone \r. */
    static Lines of(CharSequence text) {
        int n = text.length();
        Lines lines = new Lines();
        if (text instanceof String s && s.indexOf('\r') < 0) {
            // the common case: only \n, found with the intrinsic scan
            int start = 0;
            int nl;
            while ((nl = s.indexOf('\n', start)) >= 0) {
                lines.add(start, nl);
                start = nl + 1;
            }
            if (start < n || n == 0) {
                lines.add(start, n);
            }
            return lines;
        }
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(start, i);
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n || n == 0) {
            lines.add(start, n);
        }
        return lines;
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int count() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    /** Where line {@code i}'s content ends (before its line end). */
    int end(int i) {
        return ends[i];
    }
}

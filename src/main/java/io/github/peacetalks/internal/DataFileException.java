package io.github.peacetalks.internal;

/** A language-data file that cannot be used: names the file, the JSON path and what is wrong. */
public final class DataFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;

    /** A problem at {@code path} (JSON path, {@code $} for the root) in {@code source}. */
    public DataFileException(String source, String path, String message) {
        super(source + ": " + path + ": " + message);
        this.source = source;
        this.path = path;
    }

    /** The file or resource. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value. */
    public String path() {
        return path;
    }
}

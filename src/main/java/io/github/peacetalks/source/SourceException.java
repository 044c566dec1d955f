package io.github.peacetalks.source;

import io.github.peacetalks.model.Problem;
import java.util.Objects;

/**
 * The one exception the parser throws on bad input (in strict mode, or when input cannot be read at all):
 * it carries the located {@link Problem}, source, line and column.
 */
public final class SourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** An exception for {@code problem}. */
    public SourceException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    /** An exception for {@code problem} caused by {@code cause}. */
    public SourceException(Problem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").toString(), cause);
        this.problem = problem;
    }

    /** What is wrong, and where. */
    public Problem problem() {
        return problem;
    }
}

package io.github.peacetalks.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counts the megabytes a benchmark read, so JMH reports MB/s beside operations per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class MegabytesCounter {

    /** Megabytes read in this iteration. */
    public double mb;

    /** Resets the counter for each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
        mb = 0;
    }
}

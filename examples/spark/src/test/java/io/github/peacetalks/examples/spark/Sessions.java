package io.github.peacetalks.examples.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions for tests and measurements: in-process, on the loopback address, without the web UI. */
final class Sessions {

    private Sessions() {
    }

    /** A local session with {@code master} ({@code local[1]}, {@code local[2]}, {@code local[*]}). */
    static SparkSession local(String master) {
        SparkSession spark = SparkSession.builder()
                .master(master)
                .appName("peacetalks-" + master)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                // a few rows per shuffle here; the default 200 shuffle tasks would cost more than the work
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        ExtractJob.tune(spark);
        return spark;
    }
}

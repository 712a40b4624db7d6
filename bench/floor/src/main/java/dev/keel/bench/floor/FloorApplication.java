package dev.keel.bench.floor;

import io.micronaut.runtime.Micronaut;

/**
 * The fixed stack with none of Keel's code, for bench/http/floor-compare.sh: the same server, executor, pool, driver
 * and serializer as Keel, one controller with Keel's read and list statements, and nothing else (no filters, security,
 * metrics, access log, Flyway or Micronaut Data). What it costs per request is a floor under Keel's own cost.
 */
public final class FloorApplication {

    private FloorApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(FloorApplication.class, args);
    }
}

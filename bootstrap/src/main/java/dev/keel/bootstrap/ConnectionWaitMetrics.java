package dev.keel.bootstrap;

import dev.keel.adapter.persistence.shared.JdbcUnitOfWork;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.configuration.metrics.annotation.RequiresMetrics;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * {@code keel_db_connections_waiting}: the units of work waiting for a connection. They wait at the unit of work's gate
 * rather than in the pool, so HikariCP's own {@code hikaricp_connections_pending} stays near 0 under load; this is the
 * figure to watch instead. The unit of work is looked up at the first scrape: it needs the data source, which needs the
 * meter registry this binder is part of.
 */
@Singleton
@RequiresMetrics
final class ConnectionWaitMetrics implements MeterBinder {

    private final Provider<JdbcUnitOfWork> unitOfWork;
    private final String pool;

    ConnectionWaitMetrics(Provider<JdbcUnitOfWork> unitOfWork, @Named("default") DatasourceConfiguration pool) {
        this.unitOfWork = unitOfWork;
        this.pool = pool.getPoolName();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("keel.db.connections.waiting", unitOfWork, work -> work.get().waitingForConnection())
                .description("Units of work waiting for one of the pool's connections")
                .tag("pool", pool)
                .register(registry);
    }
}

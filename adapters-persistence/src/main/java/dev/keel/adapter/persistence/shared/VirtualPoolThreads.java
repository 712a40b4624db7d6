package dev.keel.adapter.persistence.shared;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives HikariCP's own threads (the connection adder, the housekeeper, the connection closer) as virtual threads.
 * Each time a request has to wait for a connection, HikariCP hands its connection adder a task, even when the pool is
 * already full and the task only finds that out: with 64 clients on 16 connections, that woke the adder's platform
 * thread about a quarter of a time per list page, a kernel context switch each time. A virtual adder is woken on a
 * carrier that is running anyway.
 */
@Singleton
final class VirtualPoolThreads implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration pool = event.getBean();
        if (pool.getThreadFactory() == null) {
            pool.setThreadFactory(Thread.ofVirtual().name(pool.getPoolName() + "-", 0).factory());
        }
        return pool;
    }
}

package dev.keel.bootstrap;

import dev.keel.adapter.persistence.shared.migration.StartUpMigrations;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * The HTTP server is made, but has not opened its port, when the migrations and the start-up work after them (which
 * run beside the rest of the start-up, see {@link StartUpMigrations}) must have finished: no request reaches a schema
 * still being migrated, and a failure stops the start before the port opens.
 */
@Singleton
final class StartUpWorkBarrier implements BeanCreatedEventListener<EmbeddedServer> {

    private final StartUpMigrations migrations;

    StartUpWorkBarrier(StartUpMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public EmbeddedServer onCreated(BeanCreatedEvent<EmbeddedServer> event) {
        migrations.awaitStartUpWork();
        return event.getBean();
    }
}

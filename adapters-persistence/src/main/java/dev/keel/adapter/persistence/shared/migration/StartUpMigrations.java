package dev.keel.adapter.persistence.shared.migration;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.BeanPreDestroyEvent;
import io.micronaut.context.event.BeanPreDestroyEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.naming.NameResolver;
import io.micronaut.flyway.DataSourceMigrationRunner;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.flyway.event.MigrationFinishedEvent;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Flyway's migrations, run as soon as a data source exists, and the start-up work that needs the migrated schema (the
 * search language check, the first administrator), run after them. The migrations are configured as Micronaut Flyway
 * reads them ({@code flyway.datasources.<name>.*} and the data source's {@link FlywayConfigurationCustomizer}); this
 * replaces Micronaut's runner to choose the thread they run on. Unlike that runner it registers no {@code Flyway} bean
 * (only the Flyway endpoint, which Keel keeps off, used it) and ignores {@code flyway.datasources.<name>.async}, which
 * nothing would wait for: {@code keel.migrations.background} takes its place.
 * <p>
 * By default everything runs at once on the calling thread, as with Micronaut's runner: the migrations while the data
 * source is made, each task as it is queued. With {@code keel.migrations.background=true} (the service's setting)
 * the migrations and then the work queued after them run in order on one thread of their own, beside the rest of the
 * start-up (the other beans, the router, the HTTP server), and {@link #awaitStartUpWork()}, which the service calls
 * before its HTTP server opens its port, waits for all of it and fails the start with the first failure. No request
 * is thus served before the schema is migrated, and a failed migration still stops the start.
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
public final class StartUpMigrations implements BeanCreatedEventListener<DataSource>,
        BeanPreDestroyEventListener<DataSource> {

    private final ApplicationContext context;
    private final ApplicationEventPublisher<MigrationFinishedEvent> events;
    private final DataSourceResolver dataSourceResolver;
    private final boolean background;
    private final ExecutorService worker;
    private CompletableFuture<Void> work = CompletableFuture.completedFuture(null);

    StartUpMigrations(ApplicationContext context, ApplicationEventPublisher<MigrationFinishedEvent> events,
                      @Nullable DataSourceResolver dataSourceResolver,
                      @Value("${keel.migrations.background:false}") boolean background) {
        this.context = context;
        this.events = events;
        this.dataSourceResolver = dataSourceResolver != null ? dataSourceResolver : DataSourceResolver.DEFAULT;
        this.background = background;
        this.worker = background
                ? Executors.newSingleThreadExecutor(Thread.ofPlatform().name("keel-start-up").daemon().factory())
                : null;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        if (event.getBeanDefinition() instanceof NameResolver named) {
            named.resolveName()
                    .flatMap(name -> context.findBean(FlywayConfigurationProperties.class, Qualifiers.byName(name)))
                    .filter(FlywayConfigurationProperties::isEnabled)
                    .ifPresent(config -> {
                        DataSource target = dataSourceResolver.resolve(dataSource);
                        afterMigrations(() -> migrate(config, target));
                    });
        }
        return dataSource;
    }

    /**
     * Runs {@code task} after the migrations started so far: at once on this thread, or, in the background, queued on
     * the start-up thread. A failure of a queued task fails {@link #awaitStartUpWork()}, and the tasks after it do not
     * run.
     */
    public void afterMigrations(Runnable task) {
        if (!background) {
            task.run();
            return;
        }
        synchronized (this) {
            work = work.thenRunAsync(task, worker);
        }
    }

    /** Whether the migrations and the work queued after them have finished, successfully or not. */
    public synchronized boolean finished() {
        return work.isDone();
    }

    /** Waits for the migrations and the work queued after them; rethrows the first failure. */
    public void awaitStartUpWork() {
        CompletableFuture<Void> queued;
        synchronized (this) {
            queued = work;
        }
        try {
            queued.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** A data source is not closed under a migration: start-up work still running is waited for first. */
    @Override
    public DataSource onPreDestroy(BeanPreDestroyEvent<DataSource> event) {
        if (worker != null) {
            CompletableFuture<Void> queued;
            synchronized (this) {
                queued = work;
            }
            queued.exceptionally(failure -> null).join();
            worker.shutdown();
        }
        return event.getBean();
    }

    private void migrate(FlywayConfigurationProperties config, DataSource dataSource) {
        FluentConfiguration configuration = config.getFluentConfiguration()
                .cleanDisabled(!config.isCleanSchema())
                .dataSource(dataSource)
                .configuration(config.getProperties());
        context.findBean(FlywayConfigurationCustomizer.class, Qualifiers.byName(config.getNameQualifier()))
                .ifPresent(customizer -> customizer.customizeFluentConfiguration(configuration));
        Flyway flyway = configuration.load();
        if (config.isCleanSchema()) {
            flyway.clean();
        }
        flyway.migrate();
        events.publishEvent(new MigrationFinishedEvent(config));
    }
}

package dev.keel.bootstrap;

import io.micronaut.context.BeanContext;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Does, beside the last part of the start-up (the router, the HTTP server), what the first request would otherwise do
 * on an event loop while a readiness probe waits for it: makes the HTTP filters, which Micronaut makes when a request
 * first needs them (about 35 ms), and registers the Flight Recorder events of Micronaut's HTTP server and Netty's
 * buffer allocator, which the first request registers otherwise: the first registration loads the JDK's Flight
 * Recorder metadata (50-70 ms of CPU, up to 150 ms of an event loop's time), each later one takes 10-30 ms.
 * <p>
 * It runs on a thread of its own, started when the application context has started, and nothing waits for it: a
 * request that comes first finds whatever it has not done yet and does it, as without it. A failure is logged and
 * changes nothing else; one because the context stopped meanwhile (a start stopped at once) only at debug level.
 */
@Singleton
final class FirstRequestPreparation implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstRequestPreparation.class);
    /** Flight Recorder event classes the first request initializes, and with them registers. */
    private static final List<String> FIRST_REQUEST_EVENTS = List.of(
            "io.micronaut.http.server.netty.handler.Http1RequestEvent",
            "io.netty.buffer.AllocateChunkEvent", "io.netty.buffer.AllocateBufferEvent",
            "io.netty.buffer.ReallocateBufferEvent", "io.netty.buffer.FreeBufferEvent",
            "io.netty.buffer.FreeChunkEvent");

    private final BeanContext context;
    private final CompletableFuture<Void> prepared = new CompletableFuture<>();

    FirstRequestPreparation(BeanContext context) {
        this.context = context;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Thread.ofPlatform().name("keel-first-request").daemon().priority(Thread.NORM_PRIORITY).start(this::prepare);
    }

    /** Completes when the preparation has ended, however it ended. */
    CompletableFuture<Void> prepared() {
        return prepared;
    }

    private void prepare() {
        try {
            for (BeanDefinition<?> filter : filterDefinitions()) {
                if (filter.isSingleton()) {
                    context.getBean(filter);
                }
            }
            for (String event : FIRST_REQUEST_EVENTS) {
                initialize(event);
            }
        } catch (RuntimeException | LinkageError e) {
            if (context.isRunning()) {
                LOG.warn("Preparing for the first request failed; it will do the rest itself", e);
            } else {
                LOG.debug("The context stopped while preparing for the first request", e);
            }
        } finally {
            prepared.complete(null);
        }
    }

    private static void initialize(String className) {
        try {
            Class.forName(className, true, FirstRequestPreparation.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            LOG.debug("No {} to initialize", className);
        }
    }

    private List<BeanDefinition<?>> filterDefinitions() {
        List<BeanDefinition<?>> filters = new ArrayList<>(context.getBeanDefinitions(
                Qualifiers.byStereotype(ServerFilter.class)));
        filters.addAll(context.getBeanDefinitions(HttpServerFilter.class));
        return filters;
    }
}

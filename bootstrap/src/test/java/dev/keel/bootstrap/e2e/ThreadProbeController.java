package dev.keel.bootstrap.e2e;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;

/**
 * Test-only route that reports the thread it runs on. It carries the same {@code @ExecuteOn(BLOCKING)} as the
 * real controllers, so {@link OperationsEndpointsTest} can show that such work lands on a virtual thread of the
 * blocking executor and never on a Netty event loop.
 */
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
@Controller("/test/threads")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(env = Environment.TEST)
class ThreadProbeController {

    @Get
    Map<String, Object> current() {
        Thread thread = Thread.currentThread();
        return Map.of("virtual", thread.isVirtual(), "name", thread.getName(), "thread", thread.toString());
    }
}

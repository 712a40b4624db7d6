package dev.keel.bootstrap.e2e;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Test-only route that forgot its {@code @Secured}: no security rule decides for it, so everyone is refused. */
@Controller("/test/unsecured")
@Requires(env = Environment.TEST)
class UnsecuredProbeController {

    @Get
    String answer() {
        return "nobody should read this";
    }
}

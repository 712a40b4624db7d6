package dev.keel.bench.floor;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.Map;

/** The path bench/http/lib.sh waits on; the server answers it once started. */
@Controller("/health/readiness")
public class ReadinessController {

    @Get
    public Map<String, String> ready() {
        return Map.of("status", "UP");
    }
}

package dev.keel.bootstrap;

import dev.keel.domain.shared.ValidationException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up work runs beside the start (keel.migrations.background, the service's setting). Making the HTTP server, which
 * comes before it opens its port, waits for that work and fails with it.
 */
class StartUpWorkBarrierTest {

    @Test
    void startUpWorkThatFailsFailsTheMakingOfTheServer() {
        Map<String, Object> properties = Map.of("micronaut.server.port", -1,
                "keel.auth.admin.email", "not an e-mail address", "keel.auth.admin.password", "a-long-enough-password");
        try (ApplicationContext context = ApplicationContext.builder("test").properties(properties).start()) {
            assertThatThrownBy(() -> context.getBean(EmbeddedServer.class))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("e-mail");
        }
    }
}

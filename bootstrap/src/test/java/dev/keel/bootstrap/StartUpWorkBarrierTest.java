package dev.keel.bootstrap;

import dev.keel.domain.shared.ValidationException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up work runs beside the start (keel.migrations.background, the service's setting); the port waits for it. */
class StartUpWorkBarrierTest {

    @Test
    void startUpWorkThatFailsStopsTheStartBeforeTheServerOpensItsPort() throws IOException {
        int port = freePort();
        Map<String, Object> properties = Map.of("micronaut.server.port", port,
                "keel.auth.admin.email", "not an e-mail address", "keel.auth.admin.password", "a-long-enough-password");
        try (ApplicationContext context = ApplicationContext.builder("test").properties(properties).start()) {
            assertThatThrownBy(() -> context.getBean(EmbeddedServer.class))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("e-mail");

            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                    .isInstanceOf(ConnectException.class);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

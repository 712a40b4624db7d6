package dev.keel.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A pool keeps one idle connection while the service starts, and its configured minimum once the server is up. */
class PoolFilledAfterStartUpTest {

    @Test
    void poolGetsItsMinimumIdleOnlyOnceTheServerHasStarted() {
        Map<String, Object> properties = Map.of("micronaut.server.port", -1, "datasources.default.minimum-idle", 3);
        try (ApplicationContext context = ApplicationContext.builder("test").properties(properties).start()) {
            HikariDataSource pool = (HikariDataSource) DelegatingDataSource.unwrapDataSource(
                    context.getBean(DataSource.class));
            assertThat(pool.getMinimumIdle()).isEqualTo(1);

            context.getBean(EmbeddedServer.class).start();

            assertThat(pool.getMinimumIdle()).isEqualTo(3);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(context.getProperty(
                    "datasources.default.maximum-pool-size", Integer.class).orElseThrow());
        }
    }
}

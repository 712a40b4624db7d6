package dev.keel.adapter.persistence.shared;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class VirtualPoolThreadsTest {

    @Inject
    DatasourceConfiguration pool;

    @Inject
    JdbcUnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    @Test
    void thePoolsOwnThreadsAreVirtual() {
        Boolean served = unitOfWork.read(() -> jdbc.prepareStatement("SELECT 1", statement -> {
            try (var result = statement.executeQuery()) {
                return result.next();
            }
        }));
        assertThat(served).as("the pool serves").isTrue();

        // HikariCP's default factory would have started platform threads named "<pool>:housekeeper" and
        // "<pool>:connection-adder" by now.
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith(pool.getPoolName() + ":"));
        assertThat(pool.getThreadFactory().newThread(() -> { }).isVirtual()).isTrue();
    }
}

package dev.keel.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pool opens one connection while the service starts, and its other idle ones ({@code minimum-idle}) once the HTTP
 * server is up, instead of all of them at once while the service starts.
 * <p>
 * HikariCP opens a pool's first connection when it is made and the rest on its housekeeper's first round, 100 ms
 * later: the pool's other PostgreSQL back ends (fifteen with the pool of 16 of the time) started in the middle of Keel's
 * start-up, on the cores the start-up needs.
 * Here the pool starts with a minimum of one, and the configured minimum comes back when the server has started; the
 * housekeeper then opens the rest on its next round (within {@code com.zaxxer.hikari.housekeeping.periodMs}, 30 s),
 * or sooner as requests ask for them, up to the pool's size as always.
 */
@Singleton
final class PoolFilledAfterStartUp implements BeanCreatedEventListener<DatasourceConfiguration>,
        ApplicationEventListener<ServerStartupEvent> {

    private final BeanContext context;
    private final Map<String, Integer> minimumIdleOfPool = new ConcurrentHashMap<>();

    PoolFilledAfterStartUp(BeanContext context) {
        this.context = context;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration pool = event.getBean();
        if (pool.getMinimumIdle() > 1) {
            minimumIdleOfPool.put(pool.getPoolName(), pool.getMinimumIdle());
            pool.setMinimumIdle(1);
        }
        return pool;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        for (DataSource dataSource : context.getBeansOfType(DataSource.class)) {
            if (DelegatingDataSource.unwrapDataSource(dataSource) instanceof HikariDataSource pool) {
                Integer minimumIdle = minimumIdleOfPool.get(pool.getPoolName());
                if (minimumIdle != null) {
                    pool.getHikariConfigMXBean().setMinimumIdle(minimumIdle);
                }
            }
        }
    }
}

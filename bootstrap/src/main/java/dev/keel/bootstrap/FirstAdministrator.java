package dev.keel.bootstrap;

import dev.keel.adapter.persistence.shared.migration.StartUpMigrations;
import dev.keel.application.identity.user.EnsureAdministratorCommand;
import dev.keel.application.identity.user.EnsureAdministratorUseCase;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * {@code KEEL_ADMIN_EMAIL} and {@code KEEL_ADMIN_PASSWORD}: at start-up, once the migrations have run, an active ADMIN
 * with that e-mail is created unless a live user already has it (that user is left as it is).
 * <p>
 * The use case is looked up where it runs, after the migrations: in the service, on the start-up thread, so that
 * making its beans (the user repository, Micronaut Data's JDBC operations, about a tenth of the main thread's start-up)
 * happens beside the rest of the start-up instead of before it.
 */
@Singleton
class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final BeanProvider<EnsureAdministratorUseCase> ensureAdministrator;
    private final StartUpMigrations migrations;
    private final String email;
    private final String password;

    FirstAdministrator(BeanProvider<EnsureAdministratorUseCase> ensureAdministrator, StartUpMigrations migrations,
                       @Value("${keel.auth.admin.email:}") String email,
                       @Value("${keel.auth.admin.password:}") String password) {
        this.ensureAdministrator = ensureAdministrator;
        this.migrations = migrations;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (email.isBlank() && password.isBlank()) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            throw new IllegalStateException("KEEL_ADMIN_EMAIL and KEEL_ADMIN_PASSWORD must be set together");
        }
        migrations.afterMigrations(this::ensure);
    }

    private void ensure() {
        boolean created = ensureAdministrator.get().ensure(EnsureAdministratorCommand.of(email, password));
        if (created) {
            LOG.info("Created the administrator {} (KEEL_ADMIN_EMAIL)", email.strip().toLowerCase(Locale.ROOT));
        }
    }
}

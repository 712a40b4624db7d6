package dev.keel.bootstrap.architecture.violations.sample.application.work.project;

import dev.keel.bootstrap.architecture.violations.sample.application.ledger.account.AccountCharges;

import java.sql.Connection;

/**
 * Breaks APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_INJECTION_API: an application port that speaks JDBC. (Using
 * ledger's port is allowed on its own; {@link AccountCharges} closes a cycle with it.)
 */
public interface ProjectBilling {

    void bill(Connection connection, AccountCharges charges);
}

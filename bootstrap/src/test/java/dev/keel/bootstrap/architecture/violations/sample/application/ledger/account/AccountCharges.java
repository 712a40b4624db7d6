package dev.keel.bootstrap.architecture.violations.sample.application.ledger.account;

import dev.keel.bootstrap.architecture.violations.sample.application.work.project.ProjectBilling;

/** Breaks CONTEXTS_ARE_FREE_OF_CYCLES: ledger uses work's port ProjectBilling, which uses this one. */
public interface AccountCharges {

    void chargeFor(ProjectBilling project);
}

package dev.keel.bootstrap.architecture.violations.sample.application.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Violates APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_INJECTION_API: a logging library is not on the list. */
public final class UserExportService {

    private static final Logger LOG = LoggerFactory.getLogger(UserExportService.class);

    public void export() {
        LOG.info("exporting");
    }
}

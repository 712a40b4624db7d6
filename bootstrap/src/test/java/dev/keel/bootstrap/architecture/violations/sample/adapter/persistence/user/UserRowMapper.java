package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;
import org.mapstruct.Mapper;

/** Compliant: a package-private entity mapper. */
@Mapper
interface UserRowMapper {

    User toDomain(UserRow row);
}

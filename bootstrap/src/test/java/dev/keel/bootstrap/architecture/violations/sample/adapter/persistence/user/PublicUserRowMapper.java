package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;
import org.mapstruct.Mapper;

/** Violates PERSISTENCE_MAPPERS_ARE_NOT_PUBLIC. */
@Mapper
public interface PublicUserRowMapper {

    User toDomain(PublicUserRow row);
}

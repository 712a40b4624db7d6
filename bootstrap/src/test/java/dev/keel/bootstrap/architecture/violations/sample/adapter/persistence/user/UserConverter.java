package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;
import org.mapstruct.Mapper;

/** Violates PERSISTENCE_MAPPERS_ARE_ROW_MAPPERS: an entity mapper not named *RowMapper. */
@Mapper
interface UserConverter {

    User toDomain(UserEntity entity);
}

package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;
import org.mapstruct.Mapper;

/** Violates WEB_MAPPERS_ARE_WEB_MAPPERS: a web mapper not named *WebMapper. */
@Mapper
interface UserDtoMapper {

    UserResponse toResponse(User user);
}

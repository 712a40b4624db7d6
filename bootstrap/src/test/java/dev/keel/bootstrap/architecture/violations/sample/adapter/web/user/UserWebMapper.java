package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;
import org.mapstruct.Mapper;

/** Compliant: a web mapper. */
@Mapper
interface UserWebMapper {

    UserRequest toRequest(User user);
}

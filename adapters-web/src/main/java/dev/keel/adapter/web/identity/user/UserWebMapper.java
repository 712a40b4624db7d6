package dev.keel.adapter.web.identity.user;

import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.domain.identity.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** User to its API representation; the password hash has no target and so never leaves. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, imports = Timestamps.class)
interface UserWebMapper {

    @Mapping(target = "id", expression = "java(user.id().value().toString())")
    @Mapping(target = "email", expression = "java(user.email().value())")
    @Mapping(target = "name", expression = "java(user.name().value())")
    @Mapping(target = "role", expression = "java(user.role().name())")
    @Mapping(target = "status", expression = "java(user.status().name())")
    @Mapping(target = "createdAt", expression = "java(Timestamps.format(user.createdAt()))")
    @Mapping(target = "updatedAt", expression = "java(Timestamps.format(user.updatedAt()))")
    @Mapping(target = "version", expression = "java(user.version())")
    @Mapping(target = "deletedAt", expression = "java(Timestamps.format(user.deletedAt().orElse(null)))")
    UserResponse toResponse(User user);
}

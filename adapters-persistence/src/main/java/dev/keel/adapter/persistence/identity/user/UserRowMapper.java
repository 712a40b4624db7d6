package dev.keel.adapter.persistence.identity.user;

import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserStatus;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/**
 * Maps between the aggregate and its row. The aggregate has fluent accessors and a named factory, so
 * the row side is spelled out with expressions and the domain side goes through {@link User#rehydrate}.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
interface UserRowMapper {

    @Mapping(target = "id", expression = "java(user.id().value())")
    @Mapping(target = "email", expression = "java(user.email().value())")
    @Mapping(target = "name", expression = "java(user.name().value())")
    @Mapping(target = "role", expression = "java(user.role().name())")
    @Mapping(target = "status", expression = "java(user.status().name())")
    @Mapping(target = "passwordHash", expression = "java(user.passwordHash().value())")
    @Mapping(target = "createdAt", expression = "java(user.createdAt())")
    @Mapping(target = "updatedAt", expression = "java(user.updatedAt())")
    @Mapping(target = "version", expression = "java(user.version())")
    @Mapping(target = "deletedAt", expression = "java(user.deletedAt().orElse(null))")
    UserRow toRow(User user);

    default User toDomain(UserRow row) {
        return User.rehydrate(new UserId(row.id()), new Email(row.email()), new UserName(row.name()),
                Role.valueOf(row.role()), UserStatus.valueOf(row.status()), new PasswordHash(row.passwordHash()),
                row.createdAt(), row.updatedAt(), row.version(), row.deletedAt());
    }
}

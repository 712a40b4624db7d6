package dev.keel.application.identity.user;

import java.util.Optional;

import dev.keel.application.testing.DirectUnitOfWork;
import dev.keel.application.testing.FakePasswordHasher;
import dev.keel.application.testing.SequentialIdGenerator;
import dev.keel.application.testing.UserWorld;
import dev.keel.application.shared.UnitOfWork.Isolation;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserStatus;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateUserServiceTest {

    private final UserWorld world = new UserWorld();

    @Test
    void createdUserIsStoredActiveAtVersionZero() {
        User user = world.create.create(CreateUserCommand.of(Optional.of(UserWorld.ROOT), " Ada@Example.com ", " Ada ", "secret-pw", "ADMIN"));

        assertThat(user.id()).isEqualTo(new UserId(SequentialIdGenerator.nth(1)));
        assertThat(user.email().value()).isEqualTo("ada@example.com");
        assertThat(user.name().value()).isEqualTo("Ada");
        assertThat(user.role()).isEqualTo(Role.ADMIN);
        assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.version()).isZero();
        assertThat(user.createdAt()).isEqualTo(world.clock.now()).isEqualTo(user.updatedAt());
        assertThat(user.createdAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(user.createdAt());
        assertThat(user.deletedAt()).isEmpty();
        assertThat(world.stored(user.id()).email()).isEqualTo(user.email());
    }

    @Test
    void onlyTheHashOfThePasswordIsStored() {
        User user = world.create.create(CreateUserCommand.of(Optional.of(UserWorld.ROOT), "ada@example.com", "Ada", "secret-pw", null));

        assertThat(user.passwordHash()).isEqualTo(FakePasswordHasher.hashOf("secret-pw"));
        assertThat(world.stored(user.id()).passwordHash()).isEqualTo(FakePasswordHasher.hashOf("secret-pw"));
    }

    @Test
    void passwordIsHashedBeforeTheTransactionOpens() {
        world.createUser("ada@example.com", "Ada");

        assertThat(world.hasher.hashes()).isEqualTo(1);
        assertThat(world.hasher.hashesInsideTransaction()).isZero();
    }

    @Test
    void createWritesInOneReadCommittedTransaction() {
        world.createUser("ada@example.com", "Ada");

        assertThat(world.unitOfWork.calls())
                .containsExactly(new DirectUnitOfWork.Call(DirectUnitOfWork.Kind.WRITE, Isolation.READ_COMMITTED));
    }

    @Test
    void eachUserGetsAFreshId() {
        User first = world.createUser("ada@example.com", "Ada");
        User second = world.createUser("grace@example.com", "Grace");

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(world.users.size()).isEqualTo(2);
    }

    @Test
    void emailOfAnotherLiveUserIsRefusedWhateverItsCase() {
        world.createUser("ada@example.com", "Ada");

        assertThatThrownBy(() -> world.createUser("ADA@example.COM", "Other Ada"))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(world.users.size()).isEqualTo(1);
    }

    @Test
    void emailOfSoftDeletedUserCanBeReused() {
        User first = world.createUser("ada@example.com", "Ada");
        world.softDelete(first.id());

        User second = world.createUser("ada@example.com", "Ada again");

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(world.find.find(new FindUserQuery(UserWorld.ROOT, second.id())).name().value()).isEqualTo("Ada again");
    }
}

package dev.keel.application.identity.user;

public interface DeleteUserUseCase {

    void delete(DeleteUserCommand command);
}

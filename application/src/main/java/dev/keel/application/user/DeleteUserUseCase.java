package dev.keel.application.user;

public interface DeleteUserUseCase {

    void delete(DeleteUserCommand command);
}

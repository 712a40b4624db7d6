package dev.keel.bench.floor;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Keel's read by id and first list page, as one autocommit statement each on a pooled connection. */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {

    private static final String READ = "SELECT " + UserView.COLUMNS
            + " FROM app_user WHERE id = ? AND deleted_at IS NULL";
    private static final String FIRST_PAGE = "SELECT " + UserView.COLUMNS
            + " FROM app_user WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ?";

    private final DataSource dataSource;

    public UserController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Get("/{id}")
    public HttpResponse<UserView> read(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return HttpResponse.notFound();
                }
                UserView user = UserView.from(rows);
                return HttpResponse.ok(user).header("ETag", "\"" + user.version() + "\"");
            }
        }
    }

    @Get
    public UserPage list(@QueryValue(defaultValue = "20") int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(FIRST_PAGE)) {
            statement.setInt(1, limit + 1);
            List<UserView> users = new ArrayList<>(limit + 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(UserView.from(rows));
                }
            }
            if (users.size() <= limit) {
                return new UserPage(users, null);
            }
            UserView last = users.get(limit - 1);
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((last.createdAt() + "|" + last.id()).getBytes());
            return new UserPage(users.subList(0, limit), cursor);
        }
    }
}

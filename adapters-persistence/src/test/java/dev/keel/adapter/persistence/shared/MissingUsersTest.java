package dev.keel.adapter.persistence.shared;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MissingUsersTest {

    private static final UUID USER = UUID.fromString("01900000-0000-7000-8000-00000000002a");

    /** A violation as PostgreSQL reports it: SQLSTATE, table, constraint and detail fields. */
    private static PSQLException violation(String table, String constraint, String detail) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C23503\0Mviolates foreign key constraint\0D" + detail
                + "\0t" + table + "\0n" + constraint + "\0"));
    }

    @Test
    void aWriteReferencingAUserThatIsGoneNamesTheUser() {
        PSQLException missing = violation("task", "fk_task_assignee_id_app_user",
                "Key (assignee_id)=(" + USER + ") is not present in table \"app_user\".");
        assertThat(MissingUsers.referencedBy(new RuntimeException(missing))).contains(USER);
    }

    @Test
    void aUserStillReferencedIsNotAMissingOneWhateverTheLanguageOfTheDetail() {
        // PostgreSQL reports the referencing table in this direction too; the key's column is the referenced id.
        for (String detail : new String[] {"Key (id)=(" + USER + ") is still referenced from table \"ledger_account\".",
                "Schl\u00fcssel (id)=(" + USER + ") wird noch aus Tabelle \u00bbledger_account\u00ab verwiesen."}) {
            PSQLException stillReferenced = violation("ledger_account", "fk_ledger_account_owner_id_app_user", detail);
            assertThat(MissingUsers.referencedBy(stillReferenced)).as(detail).isEmpty();
        }
    }

    @Test
    void otherForeignKeysAreNotAboutUsers() {
        PSQLException project = violation("task", "fk_task_project_id_project",
                "Key (project_id)=(" + USER + ") is not present in table \"project\".");
        assertThat(MissingUsers.referencedBy(project)).isEmpty();
    }
}

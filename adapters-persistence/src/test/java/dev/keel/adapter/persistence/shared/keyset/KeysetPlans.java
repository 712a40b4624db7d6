package dev.keel.adapter.persistence.shared.keyset;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.KeysetPosition;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The query plans of list statements, for tests that check which index a slice uses. */
public final class KeysetPlans {

    private KeysetPlans() {
    }

    /**
     * The plan of the slice of {@code query} after {@code position}. Sequential and bitmap scans are ruled out,
     * so that a test table of a few rows shows the plan a large one would get where an index fits at all.
     */
    public static String explainSlice(UnitOfWork unitOfWork, JdbcOperations jdbc, ListQuery query, KeysetPosition position) {
        SqlStatement slice = query.slice(Optional.of(position), 21);
        // One transaction, so that SET LOCAL holds for the EXPLAIN after it.
        return unitOfWork.read(UnitOfWork.Isolation.REPEATABLE_READ, () -> {
            jdbc.prepareStatement("SET LOCAL enable_seqscan = off", PreparedStatement::execute);
            jdbc.prepareStatement("SET LOCAL enable_bitmapscan = off", PreparedStatement::execute);
            return jdbc.prepareStatement("EXPLAIN " + slice.sql(), ps -> {
                slice.bind(ps);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            });
        });
    }
}

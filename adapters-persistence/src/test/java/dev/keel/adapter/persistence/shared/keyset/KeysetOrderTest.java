package dev.keel.adapter.persistence.shared.keyset;

import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.domain.shared.paging.SortDirection.ASC;
import static dev.keel.domain.shared.paging.SortDirection.DESC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQL the keyset machinery writes; {@code ListReaderTest} runs it against PostgreSQL. */
class KeysetOrderTest {

    private static final UUID ID = UUID.fromString("0190a5e0-0000-7000-8000-000000000001");
    private static final Instant T = Instant.parse("2026-11-21T10:15:30.123456Z");

    @Test
    void sameDirectionAndNoNullableKeyComparesOneRowValue() {
        KeysetOrder order = KeysetOrder.by(SortColumn.text("name"), ASC).then(SortColumn.timestamptz("created_at"), ASC);
        List<Object> parameters = new ArrayList<>();

        String after = order.after(KeysetPosition.of(ID, new SortValue.Text("Ada"), new SortValue.Timestamp(T)), parameters);

        assertThat(order.comparesRowValues()).isTrue();
        assertThat(after).isEqualTo("(name COLLATE \"C\", created_at, id) > (?, ?, ?)");
        assertThat(parameters).containsExactly("Ada", T.atOffset(ZoneOffset.UTC), ID);
        assertThat(order.orderBy()).isEqualTo("ORDER BY name COLLATE \"C\" ASC, created_at ASC, id ASC");
    }

    @Test
    void descendingRowValueComparesLessThan() {
        KeysetOrder order = KeysetOrder.by(SortColumn.timestamptz("created_at"), DESC);

        assertThat(order.after(KeysetPosition.of(ID, new SortValue.Timestamp(T)), new ArrayList<>()))
                .isEqualTo("(created_at, id) < (?, ?)");
        assertThat(order.orderBy()).isEqualTo("ORDER BY created_at DESC, id DESC");
    }

    @Test
    void mixedDirectionsExpandAndLeadWithARangeOnTheFirstKey() {
        KeysetOrder order = KeysetOrder.by(SortColumn.text("kind"), ASC).then(SortColumn.bigint("amount"), DESC);
        List<Object> parameters = new ArrayList<>();

        String after = order.after(KeysetPosition.of(ID, new SortValue.Text("A"), new SortValue.Integer(7)), parameters);

        assertThat(order.comparesRowValues()).isFalse();
        assertThat(after).isEqualTo("kind COLLATE \"C\" >= ? AND (kind COLLATE \"C\" > ? OR (kind COLLATE \"C\" = ? AND "
                + "(amount < ? OR (amount = ? AND (id < ?)))))");
        assertThat(parameters).containsExactly("A", "A", "A", 7L, 7L, ID);
        assertThat(order.orderBy()).as("the id follows the last key's direction")
                .isEqualTo("ORDER BY kind COLLATE \"C\" ASC, amount DESC, id DESC");
    }

    @Test
    void afterAValueOfANullableKeyComeTheFurtherValuesThenTheNulls() {
        KeysetOrder order = KeysetOrder.by(SortColumn.date("due_on").nullable(), DESC);
        List<Object> parameters = new ArrayList<>();

        String after = order.after(KeysetPosition.of(ID, new SortValue.Date(LocalDate.of(2026, 1, 2))), parameters);

        assertThat(after).isEqualTo("((due_on < ? OR due_on IS NULL) OR (due_on = ? AND (id < ?)))");
        assertThat(parameters).containsExactly(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2), ID);
        assertThat(order.orderBy()).isEqualTo("ORDER BY due_on DESC NULLS LAST, id DESC");
    }

    @Test
    void afterANullOnlyNullsFollowOrderedByTheRemainingKeys() {
        KeysetOrder order = KeysetOrder.by(SortColumn.numeric("price").nullable(), ASC).then(SortColumn.uuid("ref"), DESC);
        UUID ref = UUID.fromString("f0000000-0000-4000-8000-000000000000");
        List<Object> parameters = new ArrayList<>();

        String after = order.after(KeysetPosition.of(ID, SortValue.NULL, new SortValue.Uuid(ref)), parameters);

        assertThat(after).isEqualTo("(price IS NULL AND (ref < ? OR (ref = ? AND (id < ?))))");
        assertThat(parameters).containsExactly(ref, ref, ID);
    }

    @Test
    void theLastNullOfAListIsFollowedOnlyByNullsWithAGreaterId() {
        KeysetOrder order = KeysetOrder.by(SortColumn.text("nick").nullable(), ASC);

        assertThat(order.after(KeysetPosition.of(ID, SortValue.NULL), new ArrayList<>()))
                .isEqualTo("(nick COLLATE \"C\" IS NULL AND (id > ?))");
    }

    @Test
    void positionsThatDoNotFitTheOrderAreRefused() {
        KeysetOrder order = KeysetOrder.by(SortColumn.timestamptz("created_at"), DESC);

        assertThatThrownBy(() -> order.after(KeysetPosition.of(ID, new SortValue.Text("x")), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.after(KeysetPosition.of(ID, SortValue.NULL), new ArrayList<>()))
                .as("NULL in a column that is not nullable").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.after(KeysetPosition.of(ID), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.after(KeysetPosition.of(ID, new SortValue.Timestamp(T), new SortValue.Timestamp(T)),
                new ArrayList<>())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name; DROP TABLE app_user", "Name", "name ASC", "lower(name)", "a.b.c", "", "1st"})
    void sortColumnsArePlainColumnNames(String name) {
        assertThatThrownBy(() -> SortColumn.text(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeysetOrder.by(SortColumn.text("x"), ASC).tieBrokenBy(name))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyListStatementSharesTheFiltersAndTheOrder() {
        ListQuery query = ListQuery.of("id, name", "app_user", KeysetOrder.by(SortColumn.text("name"), ASC).tieBrokenBy("u_id"))
                .where("deleted_at IS NULL")
                .where("status = ? OR role = ?", SortDirection.DESC, "ADMIN");

        SqlStatement slice = query.slice(Optional.of(KeysetPosition.of(ID, new SortValue.Text("Ada"))), 21);
        SqlStatement page = query.page(40, 20);
        SqlStatement count = query.count();

        String where = " WHERE (deleted_at IS NULL) AND (status = ? OR role = ?)";
        assertThat(slice.sql()).isEqualTo("SELECT id, name, name AS keyset_key_0, u_id AS keyset_id FROM app_user" + where
                + " AND ((name COLLATE \"C\", u_id) > (?, ?)) ORDER BY name COLLATE \"C\" ASC, u_id ASC LIMIT ?");
        assertThat(slice.parameters()).containsExactly(SortDirection.DESC, "ADMIN", "Ada", ID, 21);
        assertThat(page.sql()).isEqualTo("SELECT id, name FROM app_user" + where
                + " ORDER BY name COLLATE \"C\" ASC, u_id ASC LIMIT ? OFFSET ?");
        assertThat(page.parameters()).containsExactly(SortDirection.DESC, "ADMIN", 20, 40L);
        assertThat(count.sql()).isEqualTo("SELECT count(*) FROM app_user" + where);
        assertThat(query.slice(Optional.empty(), 5).sql()).doesNotContain("keyset_id) >").endsWith("LIMIT ?");
    }

    @Test
    void aConditionTakesOneValuePerParameter() {
        ListQuery query = ListQuery.of("id", "t", KeysetOrder.by(SortColumn.text("x"), ASC));

        assertThatThrownBy(() -> query.where("a = ? AND b = ?", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.where("a = 1", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalKeysAreBoundExactly() {
        KeysetOrder order = KeysetOrder.by(SortColumn.numeric("price"), ASC);
        List<Object> parameters = new ArrayList<>();

        order.after(KeysetPosition.of(ID, new SortValue.Decimal(new BigDecimal("1.50"))), parameters);

        assertThat(parameters).containsExactly(new BigDecimal("1.50"), ID);
    }
}

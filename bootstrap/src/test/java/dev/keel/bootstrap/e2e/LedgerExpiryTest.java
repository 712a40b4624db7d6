package dev.keel.bootstrap.e2e;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.ledger.account.LedgerAdministrators;
import dev.keel.application.ledger.transfer.ExpireTransfersService;
import dev.keel.application.ledger.transfer.Resolution;
import dev.keel.application.ledger.transfer.ResolveTransferService;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Expiry of pending transfers, made deterministic: the sweeper's and the resolution's use cases run here with a clock
 * set past the timeout, against the real database, instead of waiting for it.
 */
// Not transactional: the use cases must commit as they do in the service, not join a test transaction.
@MicronautTest(transactional = false)
class LedgerExpiryTest extends EndToEndTest {

    @Inject
    AccountRepository accounts;

    @Inject
    TransferRepository transfers;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    LedgerAdministrators administrators;

    private final Clock later = () -> Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);

    private String[] pendingTransfer(int timeoutSeconds) {
        String from = api.post("/api/v1/ledger/accounts", "{\"name\":\"From\",\"currency\":\"EUR\",\"ownerId\":null}").text("id");
        String to = api.post("/api/v1/ledger/accounts", "{\"name\":\"To\",\"currency\":\"EUR\",\"ownerId\":null}").text("id");
        String id = UUID.randomUUID().toString();
        Api.Response made = api.post("/api/v1/ledger/transfers", "{\"id\":\"" + id + "\",\"debitAccountId\":\"" + from
                + "\",\"creditAccountId\":\"" + to + "\",\"amount\":40,\"currency\":\"EUR\",\"pending\":true,\"timeoutSeconds\":" + timeoutSeconds + "}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.text("expiresAt")).isNotNull();
        return new String[] {id, from, to};
    }

    @Test
    void theSweeperExpiresAPendingTransferOnceItsTimeRanOutAndReleasesItsAmount() {
        String[] transfer = pendingTransfer(3600);
        var sweeper = new ExpireTransfersService(accounts, transfers, unitOfWork, later);

        assertThat(new ExpireTransfersService(accounts, transfers, unitOfWork, () -> Instant.now().truncatedTo(ChronoUnit.MICROS)).expireDue())
                .isZero();
        assertThat(sweeper.expireDue()).isGreaterThanOrEqualTo(1);

        Api.Response expired = api.get("/api/v1/ledger/transfers/" + transfer[0]);
        assertThat(expired.text("state")).isEqualTo("EXPIRED");
        assertThat(expired.text("resolvedAt")).isNotNull();
        assertThat(api.get("/api/v1/ledger/accounts/" + transfer[1]).json().get("debitsPending").getLongValue()).isZero();
        assertThat(api.get("/api/v1/ledger/accounts/" + transfer[2]).json().get("creditsPending").getLongValue()).isZero();
        assertProblem(api.post("/api/v1/ledger/transfers/" + transfer[0] + "/post", null), 409, "transfer-resolved");
        assertThat(api.get("/api/v1/ledger/reconciliation").status()).isEqualTo(200);
    }

    @Test
    void postingAnExpiredTransferExpiresItThereAndIsRefused() {
        String[] transfer = pendingTransfer(3600);
        var resolve = new ResolveTransferService(accounts, transfers, unitOfWork, later, administrators);
        var admin = new Actor(new UserId(UUID.fromString(api.get("/api/v1/me").text("id"))), Role.ADMIN, new SessionId(UUID.randomUUID()));

        Throwable refused = catchThrowable(() -> resolve.resolve(admin, new TransferId(UUID.fromString(transfer[0])),
                new Resolution.Post(Optional.empty())));

        assertThat(refused).hasMessageContaining("EXPIRED");
        // The expiry itself was committed: the amount is released although the post was refused.
        assertThat(api.get("/api/v1/ledger/transfers/" + transfer[0]).text("state")).isEqualTo("EXPIRED");
        assertThat(api.get("/api/v1/ledger/accounts/" + transfer[1]).json().get("debitsPending").getLongValue()).isZero();
    }
}

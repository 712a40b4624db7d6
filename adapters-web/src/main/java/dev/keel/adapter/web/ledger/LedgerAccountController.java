package dev.keel.adapter.web.ledger;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.ledger.account.AccountsQuery;
import dev.keel.application.ledger.account.CloseAccountUseCase;
import dev.keel.application.ledger.account.FindAccountUseCase;
import dev.keel.application.ledger.account.FindAccountsUseCase;
import dev.keel.application.ledger.account.FindBalanceUseCase;
import dev.keel.application.ledger.account.FindEntriesUseCase;
import dev.keel.application.ledger.account.OpenAccountCommand;
import dev.keel.application.ledger.account.OpenAccountUseCase;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountSortField;
import dev.keel.domain.ledger.account.EntrySortField;
import dev.keel.domain.shared.money.Currency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Ledger accounts: their owners and administrators see them; only administrators open them for others. */
@Controller("/api/v1/ledger/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Ledger")
public class LedgerAccountController {

    private static final String KEY = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces";
    private static final String REPLAYED =
            "true when this is the stored response of an earlier request with the same Idempotency-Key";

    private final OpenAccountUseCase openAccount;
    private final FindAccountUseCase findAccount;
    private final FindAccountsUseCase findAccounts;
    private final CloseAccountUseCase closeAccount;
    private final FindEntriesUseCase findEntries;
    private final FindBalanceUseCase findBalance;
    private final ListRequests lists;
    private final IdempotentRequests idempotentRequests;

    LedgerAccountController(OpenAccountUseCase openAccount, FindAccountUseCase findAccount, FindAccountsUseCase findAccounts,
                            CloseAccountUseCase closeAccount, FindEntriesUseCase findEntries, FindBalanceUseCase findBalance,
                            ListRequests lists, IdempotentRequests idempotentRequests) {
        this.openAccount = openAccount;
        this.findAccount = findAccount;
        this.findAccounts = findAccounts;
        this.closeAccount = closeAccount;
        this.findEntries = findEntries;
        this.findBalance = findBalance;
        this.lists = lists;
        this.idempotentRequests = idempotentRequests;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an account", description = "A user opens accounts they own; an ADMIN also for others (ownerId) or without owner (ownerId: null, a system account). 422 unknown-owner when ownerId is no live user. Idempotent when an Idempotency-Key is sent: the first response is replayed for 24 h.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAccountRequest.class)))
    @ApiResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = AccountResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the account"), @Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = REPLAYED)})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> open(HttpRequest<?> request, @Parameter(hidden = true) Actor actor,
                         @Parameter(hidden = true) @Body byte[] body,
                         @Parameter(description = KEY, schema = @Schema(minLength = 1, maxLength = 255)) @Nullable
                         @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<OpenAccountRequest> parsed = JsonBody.read(body, OpenAccountRequest.class);
        var command = parsed.command(fields -> OpenAccountCommand.of(actor, fields.code(),
                fields.name(), fields.currency(), fields.ownerId().valueOrNull(), fields.ownerId().isCleared(),
                fields.debitsMustNotExceedCredits(), fields.creditsMustNotExceedDebits()));
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            Account account = openAccount.open(command);
            return withETag(HttpResponse.created(LedgerWebMapper.toResponse(account),
                    UriBuilder.of("/api/v1/ledger/accounts").path(account.id().toString()).build()), account);
        });
    }

    @Get
    @Operation(summary = "List accounts", description = "The caller's own; an ADMIN's: every account. Newest first; keyset (cursor) paging by default, offset paging with page/size.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of accounts, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {LedgerPageDocs.AccountCursorPage.class, LedgerPageDocs.AccountOffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    HttpResponse<?> list(HttpRequest<?> request, @Parameter(hidden = true) Actor actor,
                         @RequestBean AccountListParameters parameters, @RequestBean Paging paging) {
        ListRequest<Optional<Currency>, AccountSortField> list = lists.read(request, parameters, paging);
        return HttpResponse.ok(lists.respond(list, findAccounts.find(new AccountsQuery(actor, list.filter(), list.page()))
                .map(LedgerWebMapper::toResponse)));
    }

    @Get("/{id}")
    @Operation(summary = "Get an account", description = "Its owner or an ADMIN; anyone else gets 404.")
    @ApiResponse(responseCode = "200", description = "The account", content = @Content(schema = @Schema(implementation = AccountResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<AccountResponse> get(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        Account account = findAccount.find(actor, new AccountId(id));
        return withETag(HttpResponse.ok(LedgerWebMapper.toResponse(account)), account);
    }

    @Post("/{id}/close")
    @Operation(summary = "Close an account", description = "Its owner or an ADMIN. 422 account-not-empty unless its balance and pending totals are zero; a closed account takes no new transfers. Closing a closed account returns it unchanged. Idempotent when an Idempotency-Key is sent.")
    @ApiResponse(responseCode = "200", description = "The closed account", content = @Content(schema = @Schema(implementation = AccountResponse.class)),
            headers = {@Header(name = "ETag", description = "The version, quoted"), @Header(name = "Idempotent-Replayed", description = REPLAYED)})
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    @ApiProblems.BusinessRule
    HttpResponse<?> close(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                          @Parameter(description = KEY, schema = @Schema(minLength = 1, maxLength = 255)) @Nullable
                          @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        // A close takes no body: the fingerprint is the method and path alone.
        return idempotentRequests.run(request, IdempotentRequests.NO_BODY, () -> {
            Account account = closeAccount.close(actor, new AccountId(id));
            return withETag(HttpResponse.ok(LedgerWebMapper.toResponse(account)), account);
        });
    }

    @Get("/{id}/entries")
    @Operation(summary = "An account's entries", description = "Its owner or an ADMIN. Newest first, each with the balance and version right after it; keyset (cursor) paging by default.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of entries, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {LedgerPageDocs.EntryCursorPage.class, LedgerPageDocs.EntryOffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<?> entries(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                            @RequestBean EntryListParameters parameters, @RequestBean Paging paging) {
        ListRequest<EntryListParameters, EntrySortField> list = lists.read(request, parameters, paging);
        return HttpResponse.ok(lists.respond(list, findEntries.find(actor, new AccountId(id), list.page())
                .map(LedgerWebMapper::toResponse)));
    }

    @Get("/{id}/balance")
    @Operation(summary = "An account's balance at an instant", description = "Its owner or an ADMIN. The posted balance (credits − debits) right after its last entry at or before asOf (default now), read from the entries.")
    @ApiResponse(responseCode = "200", description = "The balance", content = @Content(schema = @Schema(implementation = BalanceResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    BalanceResponse balance(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                            @Parameter(description = "An instant (ISO-8601, UTC); default now", schema = @Schema(format = "date-time"))
                            @Nullable @QueryValue Instant asOf) {
        FindBalanceUseCase.BalanceAt balance = findBalance.balanceAsOf(actor, new AccountId(id), asOf);
        return new BalanceResponse(id.toString(), Timestamps.format(balance.asOf()), balance.balance());
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, Account account) {
        return response.header(HttpHeaders.ETAG, ETags.of(account.version()));
    }
}

package dev.keel.adapter.web.ledger;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.ProblemType;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.ledger.transfer.BatchItemResult;
import dev.keel.application.ledger.transfer.FindTransferUseCase;
import dev.keel.application.ledger.transfer.FindTransfersUseCase;
import dev.keel.application.ledger.transfer.MakeTransferUseCase;
import dev.keel.application.ledger.transfer.MakeTransfersUseCase;
import dev.keel.application.ledger.transfer.Resolution;
import dev.keel.application.ledger.transfer.ResolveTransferUseCase;
import dev.keel.application.ledger.transfer.TransferRequest;
import dev.keel.application.ledger.transfer.TransferResult;
import dev.keel.application.ledger.transfer.TransfersQuery;
import dev.keel.application.shared.Violations;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferSortField;
import dev.keel.domain.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Transfers between ledger accounts: the client picks each transfer's id, which makes every retry safe. Every POST also
 * takes an {@code Idempotency-Key}, as all of Keel's do.
 */
@Controller("/api/v1/ledger/transfers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Ledger")
public class TransferController {

    private static final String KEY = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces";
    private static final String REPLAYED =
            "true when this is the stored response of an earlier request with the same Idempotency-Key";
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private final MakeTransferUseCase makeTransfer;
    private final MakeTransfersUseCase makeTransfers;
    private final ResolveTransferUseCase resolveTransfer;
    private final FindTransferUseCase findTransfer;
    private final FindTransfersUseCase findTransfers;
    private final ListRequests lists;
    private final IdempotentRequests idempotentRequests;

    TransferController(MakeTransferUseCase makeTransfer, MakeTransfersUseCase makeTransfers, ResolveTransferUseCase resolveTransfer,
                       FindTransferUseCase findTransfer, FindTransfersUseCase findTransfers, ListRequests lists,
                       IdempotentRequests idempotentRequests) {
        this.makeTransfer = makeTransfer;
        this.makeTransfers = makeTransfers;
        this.resolveTransfer = resolveTransfer;
        this.findTransfer = findTransfer;
        this.findTransfers = findTransfers;
        this.lists = lists;
        this.idempotentRequests = idempotentRequests;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move money",
            description = "The caller must own the debit account (or be an ADMIN). The id is the idempotency key: the same id with the same fields answers the original transfer (200, Idempotent-Replayed: true); with other fields 409 transfer-exists naming them. 422 with a type of its own: same-account, currency-mismatch, account-closed, insufficient-funds, credits-exceed-debits, amount-out-of-range. 503 when it kept colliding with concurrent transfers. An Idempotency-Key, if sent, works as on every POST: the first response (201, 200 or a refusal) is replayed for 24 h.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferBody.class)))
    @ApiResponse(responseCode = "201", description = "Made: the transfer and both accounts right after it",
            content = @Content(schema = @Schema(implementation = TransferResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the transfer"), @Header(name = "Idempotent-Replayed", description = REPLAYED)})
    @ApiResponse(responseCode = "200", description = "A replay of an earlier identical request", content = @Content(schema = @Schema(implementation = TransferResponse.class)),
            headers = @Header(name = "Idempotent-Replayed", description = "true"))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> make(HttpRequest<?> request, @Parameter(hidden = true) Actor actor,
                         @Parameter(hidden = true) @Body byte[] body,
                         @Parameter(description = KEY, schema = @Schema(minLength = 1, maxLength = 255)) @Nullable
                         @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<TransferBody> parsed = JsonBody.read(body, TransferBody.class);
        TransferRequest transfer = parsed.command(fields -> {
            var violations = new Violations();
            TransferRequest bound = toRequest(violations, "", fields);
            violations.throwIfAny();
            return bound;
        });
        // A keyed transfer commits with its stored response, in the key's transaction: never in a batch that another
        // request's thread commits.
        return idempotentRequests.run(request, parsed.canonical(), () -> respond(idempotencyKey == null
                ? makeTransfer.make(actor, transfer) : makeTransfer.makeUnbatched(actor, transfer)));
    }

    @Post("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move money in a batch",
            description = "1 to 1,000 transfers in one unit of work, each as POST /ledger/transfers. atomic: all or none; a refusal of any is a 422 batch-refused naming the first (errors[0].field = transfers[i]). Not atomic: one result per transfer, in order. Idempotent when an Idempotency-Key is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferBatchRequest.class)))
    @ApiResponse(responseCode = "200", description = "One result per transfer", content = @Content(schema = @Schema(implementation = BatchResponse.class)),
            headers = @Header(name = "Idempotent-Replayed", description = REPLAYED))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    HttpResponse<?> batch(HttpRequest<?> request, @Parameter(hidden = true) Actor actor,
                          @Parameter(hidden = true) @Body byte[] body,
                          @Parameter(description = KEY, schema = @Schema(minLength = 1, maxLength = 255)) @Nullable
                          @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<TransferBatchRequest> parsed = JsonBody.read(body, TransferBatchRequest.class);
        List<TransferRequest> requests = parsed.command(fields -> {
            var violations = new Violations();
            // Checked here too, so that a batch of the wrong size is reported with the body's other faults.
            List<TransferBody> transfers = Objects.requireNonNullElse(fields.transfers(), List.of());
            MakeTransfersUseCase.checkSize(violations, "transfers", transfers.size());
            List<TransferRequest> bound = new ArrayList<>(transfers.size());
            for (int i = 0; i < transfers.size(); i++) {
                bound.add(toRequest(violations, "transfers[" + i + "].", transfers.get(i)));
            }
            violations.throwIfAny();
            return bound;
        });
        boolean atomic = parsed.value().atomic();
        return idempotentRequests.run(request, parsed.canonical(),
                () -> HttpResponse.ok(toResponse(requests, makeTransfers.make(actor, requests, atomic))));
    }

    private static BatchResponse toResponse(List<TransferRequest> requests, List<BatchItemResult> results) {
        List<BatchResponse.Item> items = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            String id = requests.get(i).id().toString();
            items.add(switch (results.get(i)) {
                case BatchItemResult.Made made -> new BatchResponse.Item(i, id, made.result().replayed() ? "replayed" : "created",
                        LedgerWebMapper.toResponse(made.result()), null);
                case BatchItemResult.Refused refused -> new BatchResponse.Item(i, id, "refused", null, refusal(refused.reason()));
            });
        }
        return new BatchResponse(items);
    }

    @Post("/{id}/post")
    @Operation(summary = "Post a pending transfer", description = "The debit account's owner or an ADMIN. Posts all of it, or amount (at most the pending amount; the rest is released). Once: a resolved (posted, voided or expired) transfer is a 409 transfer-resolved; with an Idempotency-Key, the same request again replays the first answer instead.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostTransferRequest.class)))
    @ApiResponse(responseCode = "200", description = "Posted: the transfer and both accounts right after", content = @Content(schema = @Schema(implementation = TransferResponse.class)),
            headers = @Header(name = "Idempotent-Replayed", description = REPLAYED))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> post(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                         @Parameter(hidden = true) @Nullable @Body byte[] body,
                         @Parameter(description = KEY, schema = @Schema(minLength = 1, maxLength = 255)) @Nullable
                         @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        // No body means what {} means: post all of it.
        JsonBody<PostTransferRequest> parsed = JsonBody.read(body == null || body.length == 0 ? EMPTY_OBJECT : body,
                PostTransferRequest.class);
        Optional<Long> amount = Optional.ofNullable(parsed.value().amount());
        return idempotentRequests.run(request, parsed.canonical(), () -> HttpResponse.ok(LedgerWebMapper.toResponse(
                resolveTransfer.resolve(actor, new TransferId(id), new Resolution.Post(amount)))));
    }

    @Post("/{id}/void")
    @Operation(summary = "Void a pending transfer", description = "The debit account's owner or an ADMIN. Releases its amount. Once: a resolved transfer is a 409 transfer-resolved; with an Idempotency-Key, the same request again replays the first answer instead.")
    @ApiResponse(responseCode = "200", description = "Voided: the transfer and both accounts right after", content = @Content(schema = @Schema(implementation = TransferResponse.class)),
            headers = @Header(name = "Idempotent-Replayed", description = REPLAYED))
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> voidTransfer(
            HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
            @Parameter(description = KEY, schema = @Schema(minLength = 1, maxLength = 255)) @Nullable
            @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        // A void takes no body: the fingerprint is the method and path alone.
        return idempotentRequests.run(request, IdempotentRequests.NO_BODY, () -> HttpResponse.ok(LedgerWebMapper.toResponse(
                resolveTransfer.resolve(actor, new TransferId(id), new Resolution.Void()))));
    }

    @Get("/{id}")
    @Operation(summary = "Get a transfer", description = "An ADMIN, or the owner of either account; anyone else gets 404.")
    @ApiResponse(responseCode = "200", description = "The transfer", content = @Content(schema = @Schema(implementation = TransferResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    TransferResponse get(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return LedgerWebMapper.toResponse(findTransfer.find(actor, new TransferId(id)));
    }

    @Get
    @Operation(summary = "List transfers", description = "Those touching the caller's accounts (an ADMIN: all), newest first; filters accountId, state, createdAfter, createdBefore. Keyset (cursor) paging by default.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of transfers, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {LedgerPageDocs.TransferCursorPage.class, LedgerPageDocs.TransferOffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<?> list(HttpRequest<?> request, @Parameter(hidden = true) Actor actor,
                         @RequestBean TransferListParameters parameters, @RequestBean Paging paging) {
        ListRequest<TransferListParameters, TransferSortField> list = lists.read(request, parameters, paging);
        TransferListParameters p = list.filter();
        return HttpResponse.ok(lists.respond(list, findTransfers.find(new TransfersQuery(actor,
                Optional.ofNullable(p.accountId()).map(AccountId::new), Optional.ofNullable(p.state()),
                Optional.ofNullable(p.createdAfter()), Optional.ofNullable(p.createdBefore()), list.page()))
                .map(LedgerWebMapper::toResponse)));
    }

    private static TransferRequest toRequest(Violations violations, String prefix, TransferBody body) {
        return TransferRequest.of(violations, prefix, body.id(), body.debitAccountId(), body.creditAccountId(), body.amount(),
                body.currency(), body.pending(), body.timeoutSeconds(), body.reference());
    }

    private static MutableHttpResponse<TransferResponse> respond(TransferResult result) {
        TransferResponse body = LedgerWebMapper.toResponse(result);
        if (result.replayed()) {
            return HttpResponse.ok(body).header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        return HttpResponse.created(body, UriBuilder.of("/api/v1/ledger/transfers").path(result.transfer().id().toString()).build());
    }

    private static BatchResponse.Refusal refusal(DomainException reason) {
        return new BatchResponse.Refusal(ProblemType.URI_PREFIX + reason.problemCode(), reason.problemTitle(),
                dev.keel.adapter.web.shared.ProblemResponses.statusOf(reason).getCode(), reason.getMessage());
    }
}

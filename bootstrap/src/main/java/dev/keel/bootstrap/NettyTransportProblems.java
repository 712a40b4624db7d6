package dev.keel.bootstrap;

import dev.keel.adapter.web.shared.ProblemType;
import dev.keel.adapter.web.shared.TransportProblems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads from Netty's own request what the web adapter cannot see: why the decoder refused a request (Micronaut
 * only knows "400" or "413"), and the HTTP version of the request line (Micronaut reports HTTP/1.1 for any).
 */
@Singleton
final class NettyTransportProblems implements TransportProblems {

    /** The request Netty's decoder puts in place of one whose request line it could not read. */
    private static final String UNREADABLE_LINE_URI = "/bad-request";

    private final int maxRequestLineBytes;
    private final int maxHeaderBytes;

    NettyTransportProblems(NettyHttpServerConfiguration configuration) {
        this.maxRequestLineBytes = configuration.getMaxInitialLineLength();
        this.maxHeaderBytes = configuration.getMaxHeaderSize();
    }

    @Override
    public Optional<TransportProblem> of(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> nettyRequest)) {
            return Optional.empty();
        }
        io.netty.handler.codec.http.HttpRequest decoded = nettyRequest.getNativeRequest();
        if (decoded.decoderResult().isFailure()) {
            return Optional.of(decodingFailure(decoded, decoded.decoderResult().cause()));
        }
        HttpVersion version = decoded.protocolVersion();
        if (request.getHttpVersion() != io.micronaut.http.HttpVersion.HTTP_2_0
                && !version.equals(HttpVersion.HTTP_1_1) && !version.equals(HttpVersion.HTTP_1_0)) {
            return Optional.of(new TransportProblem(ProblemType.HTTP_VERSION_NOT_SUPPORTED,
                    "The request line names an HTTP version this server does not speak: use HTTP/1.1", true));
        }
        return Optional.empty();
    }

    private TransportProblem decodingFailure(io.netty.handler.codec.http.HttpRequest decoded, Throwable cause) {
        boolean lineRead = !(decoded.uri().equals(UNREADABLE_LINE_URI) && decoded.headers().isEmpty()
                && decoded.protocolVersion().equals(HttpVersion.HTTP_1_0));
        if (cause instanceof TooLongHttpLineException) {
            return new TransportProblem(ProblemType.URI_TOO_LONG, "The request line is longer than "
                    + maxRequestLineBytes + " bytes: shorten the URI, such as its query string", false);
        }
        if (cause instanceof TooLongFrameException) {
            return new TransportProblem(ProblemType.HEADER_FIELDS_TOO_LARGE, "The request's header fields are "
                    + "larger than " + maxHeaderBytes + " bytes in total", lineRead);
        }
        if (!lineRead) {
            return new TransportProblem(ProblemType.MALFORMED_REQUEST, "The request line could not be read: it must "
                    + "be '<method> <path>[?<query>] HTTP/1.1', separated by single spaces, with the path and query "
                    + "percent-encoded", false);
        }
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (cause instanceof NumberFormatException || message.contains("content-length")
                || message.contains("transfer-encoding") || message.contains("chunked")) {
            return new TransportProblem(ProblemType.MALFORMED_REQUEST, "The request's Content-Length or "
                    + "Transfer-Encoding header is not valid: send one non-negative Content-Length, or "
                    + "Transfer-Encoding: chunked", true);
        }
        return new TransportProblem(ProblemType.MALFORMED_REQUEST, "The request's header fields could not be read: "
                + "each must be 'Name: value', with a name of letters, digits and !#$%&'*+.^_`|~-", true);
    }
}

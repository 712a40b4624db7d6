package dev.keel.bootstrap;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import jakarta.inject.Singleton;

/**
 * Keeps the status line of every HTTP/1 response at a version the server speaks. Micronaut answers with the request
 * line's version, so a request naming {@code HTTP/2.0} or {@code HTTP/1.2} was refused with a status line
 * {@code HTTP/2.0 505}; such answers now say {@code HTTP/1.1}. HTTP/1.0 requests still get HTTP/1.0 answers.
 */
@Singleton
final class ResponseVersionPinning implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER_NAME = "keel-response-version";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private record Customizer(Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && channel.pipeline().get(HANDLER_NAME) == null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER_NAME,
                        VersionPinningHandler.INSTANCE);
            }
        }
    }

    /** Rewrites the version of an outgoing response head that is neither HTTP/1.0 nor HTTP/1.1. */
    @ChannelHandler.Sharable
    private static final class VersionPinningHandler extends ChannelOutboundHandlerAdapter {

        static final VersionPinningHandler INSTANCE = new VersionPinningHandler();

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof HttpResponse response) {
                HttpVersion version = response.protocolVersion();
                if (!HttpVersion.HTTP_1_1.equals(version) && !HttpVersion.HTTP_1_0.equals(version)) {
                    response.setProtocolVersion(HttpVersion.HTTP_1_1);
                }
            }
            super.write(context, message, promise);
        }
    }
}

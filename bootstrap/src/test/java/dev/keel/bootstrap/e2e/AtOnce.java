package dev.keel.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests from concurrent clients, released together. */
final class AtOnce {

    private AtOnce() {
    }

    /** Sends {@code count} requests released together; their answers in the order of their index. */
    static List<Api.Response> send(int count, IntFunction<Api.Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newFixedThreadPool(count)) {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(clients.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        }
    }

    /** The answers' statuses, in order. */
    static List<Integer> statuses(List<Api.Response> responses) {
        return responses.stream().map(Api.Response::status).toList();
    }
}

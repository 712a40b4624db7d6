package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs the work directly and records which kind of transaction each use case asked for. */
public final class DirectUnitOfWork implements UnitOfWork {

    public enum Kind { WRITE, READ, NESTED }

    public record Call(Kind kind, Isolation isolation) {
    }

    private final List<Call> calls = new ArrayList<>();
    private int depth;

    @Override
    public <T> T write(Isolation isolation, Supplier<T> work) {
        return run(new Call(Kind.WRITE, isolation), work);
    }

    @Override
    public <T> T read(Isolation isolation, Supplier<T> work) {
        return run(new Call(Kind.READ, isolation), work);
    }

    @Override
    public <T> T nested(Supplier<T> work) {
        if (depth == 0) {
            throw new IllegalStateException("nested work needs a surrounding transaction");
        }
        return run(new Call(Kind.NESTED, null), work);
    }

    /** Single-threaded tests have no one to wait for. */
    @Override
    public void lockExclusively(String resource) {
        if (depth == 0) {
            throw new IllegalStateException("a lock of " + resource + " needs a surrounding transaction");
        }
    }

    /** True while some work runs inside a transaction. */
    public boolean inTransaction() {
        return depth > 0;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private <T> T run(Call call, Supplier<T> work) {
        calls.add(call);
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }
}

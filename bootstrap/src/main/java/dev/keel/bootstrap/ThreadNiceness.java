package dev.keel.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The nice values of this process's threads on Linux: read from {@code /proc/self/task}, set with the C library's
 * {@code setpriority}, which the JDK's foreign function API calls (final since JDK 22, reached reflectively because
 * Keel is compiled for JDK 21). Reaches threads that Java cannot, such as the JIT compiler threads.
 * <p>
 * Lowering a thread's priority (a higher nice value) is always allowed; raising it needs root or
 * {@code CAP_SYS_NICE}. The jar's manifest enables native access, so the JDK does not warn about the call.
 */
final class ThreadNiceness {

    /** The weakest priority Linux gives a thread. */
    static final int LOWEST = 19;

    private static final Logger LOG = LoggerFactory.getLogger(ThreadNiceness.class);
    private static final Path TASKS = Path.of("/proc/self/task");
    /** {@code PRIO_PROCESS} of {@code sys/resource.h}: on Linux, given a thread id, that one thread. */
    private static final int PRIO_PROCESS = 0;
    /** The nice value's field in {@code /proc/<pid>/task/<tid>/stat}, counted from the state after the name. */
    private static final int NICE_FIELD_AFTER_NAME = 16;

    private final MethodHandle setpriority;

    private ThreadNiceness(MethodHandle setpriority) {
        this.setpriority = setpriority;
    }

    /** Empty on another operating system, before JDK 22, or when {@code setpriority} cannot be linked. */
    static Optional<ThreadNiceness> onThisPlatform() {
        if (Runtime.version().feature() < 22 || !Files.isDirectory(TASKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ThreadNiceness(linkSetpriority()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("Thread priorities stay as they are: setpriority could not be linked", e);
            return Optional.empty();
        }
    }

    /** The ids of the threads whose name, as the kernel keeps it (the first 15 characters), starts with this. */
    List<Integer> threadIds(String namePrefix) {
        try (Stream<Path> tasks = Files.list(TASKS)) {
            return tasks.filter(task -> named(task, namePrefix))
                    .map(task -> Integer.valueOf(task.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The thread's nice value; empty when it has ended. */
    OptionalInt nice(int threadId) {
        return read(TASKS.resolve(Integer.toString(threadId)).resolve("stat"))
                .map(stat -> stat.substring(stat.lastIndexOf(')') + 2).split(" ")[NICE_FIELD_AFTER_NAME])
                .map(nice -> OptionalInt.of(Integer.parseInt(nice)))
                .orElse(OptionalInt.empty());
    }

    /** Whether the thread now runs at this nice value (false when not permitted, or when the thread has ended). */
    boolean setNice(int threadId, int nice) {
        try {
            return (int) setpriority.invokeExact(PRIO_PROCESS, threadId, nice) == 0;
        } catch (Throwable e) {
            LOG.debug("setpriority failed for thread {}", threadId, e);
            return false;
        }
    }

    private static boolean named(Path task, String namePrefix) {
        return read(task.resolve("comm")).filter(name -> name.startsWith(namePrefix)).isPresent();
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code int setpriority(int which, int who, int prio)}, as a method handle of type (int, int, int) int. */
    private static MethodHandle linkSetpriority() throws ReflectiveOperationException {
        Class<?> linker = Class.forName("java.lang.foreign.Linker");
        Class<?> memoryLayout = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> functionDescriptor = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> linkerOption = Class.forName("java.lang.foreign.Linker$Option");
        Object nativeLinker = linker.getMethod("nativeLinker").invoke(null);
        Object libraries = linker.getMethod("defaultLookup").invoke(nativeLinker);
        Object function = ((Optional<?>) Class.forName("java.lang.foreign.SymbolLookup").getMethod("find", String.class)
                .invoke(libraries, "setpriority")).orElseThrow(() -> new NoSuchMethodException("setpriority"));
        Object cInt = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_INT").get(null);
        Object arguments = Array.newInstance(memoryLayout, 3);
        for (int i = 0; i < 3; i++) {
            Array.set(arguments, i, cInt);
        }
        Object signature = functionDescriptor.getMethod("of", memoryLayout, arguments.getClass())
                .invoke(null, cInt, arguments);
        return (MethodHandle) linker.getMethod("downcallHandle", Class.forName("java.lang.foreign.MemorySegment"),
                        functionDescriptor, linkerOption.arrayType())
                .invoke(nativeLinker, function, signature, Array.newInstance(linkerOption, 0));
    }
}

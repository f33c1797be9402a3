package org.healthcode.labimport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** A few HTTP calls at a time: the first failure stops the step and is reported as it was. */
final class ParallelCalls implements AutoCloseable {

    private final ExecutorService pool;

    ParallelCalls(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    <T, R> List<R> map(List<T> items, Function<T, R> work) throws InterruptedException {
        List<Future<R>> futures = new ArrayList<>();
        items.forEach(item -> futures.add(pool.submit(() -> work.apply(item))));
        List<R> answers = new ArrayList<>();
        try {
            for (Future<R> future : futures) {
                answers.add(future.get());
            }
        } catch (ExecutionException failed) {
            pool.shutdownNow();
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new ImportFailedException("a call failed", failed.getCause());
        }
        return answers;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

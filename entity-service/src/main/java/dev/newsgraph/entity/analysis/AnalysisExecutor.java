package dev.newsgraph.entity.analysis;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.entity.recognition.EntityRecognizer;
import dev.newsgraph.entity.recognition.Recognition;

/**
 * Runs the change feed's recognitions on a fixed pool with a bounded queue: a burst is refused (503)
 * instead of exhausting memory or starving the rest of the service. {@code POST /analyze} has a pool of
 * its own ({@link AnalyzeExecutor}), so requests from outside never delay an article's analysis.
 */
@ApplicationScoped
public class AnalysisExecutor {

    private final EntityRecognizer recognizer;
    private final ThreadPoolExecutor pool;

    @Inject
    public AnalysisExecutor(EntityRecognizer recognizer, AnalysisConfig config) {
        this.recognizer = recognizer;
        AtomicInteger threadNumber = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.queueCapacity()), r -> {
                    Thread thread = new Thread(r, "entity-analysis-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Recognises {@code text} on the pool; fails with 503 {@code analysis-busy} when the queue is full. */
    public CompletableFuture<Recognition> recognize(String text) {
        return submit(() -> recognizer.recognize(text));
    }

    /** Runs {@code work} on the pool, under the same bound. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool);
        } catch (RejectedExecutionException e) {
            throw ProblemException.unavailable("analysis-busy", "The service is analysing as much as it can; retry shortly");
        }
    }

    public String recognizerVersion() {
        return recognizer.version();
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}

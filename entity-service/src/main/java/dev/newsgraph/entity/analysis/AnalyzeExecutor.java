package dev.newsgraph.entity.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.entity.recognition.EntityRecognizer;
import dev.newsgraph.entity.recognition.Recognition;

/**
 * Runs the recognitions of {@code POST /analyze} on threads of their own,
 * {@link AnalysisConfig#analyzeConcurrency()} of them (default 1), with no queue: when they are all busy a
 * request is refused at once with 429 {@code analyze-busy} and {@code Retry-After}. The change feed's
 * analyses run on {@link AnalysisExecutor}'s pool, which {@code /analyze} never uses, so no number of
 * {@code /analyze} requests can make a new article wait for its entities.
 */
@ApplicationScoped
public class AnalyzeExecutor {

    static final int RETRY_AFTER_SECONDS = 2;

    private final EntityRecognizer recognizer;
    private final ThreadPoolExecutor pool;

    @Inject
    public AnalyzeExecutor(EntityRecognizer recognizer, AnalysisConfig config) {
        this.recognizer = recognizer;
        AtomicInteger threadNumber = new AtomicInteger();
        int threads = config.analyzeConcurrency();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new SynchronousQueue<>(), r -> {
            Thread thread = new Thread(r, "entity-analyze-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.pool.prestartAllCoreThreads();
    }

    /** Recognises {@code text} on an /analyze thread; 429 {@code analyze-busy} when every one is busy. */
    public CompletableFuture<Recognition> recognize(String text) {
        try {
            return CompletableFuture.supplyAsync(() -> recognizer.recognize(text), pool);
        } catch (RejectedExecutionException e) {
            throw ProblemException.tooManyRequests("analyze-busy", "POST /analyze runs " + pool.getMaximumPoolSize()
                    + " recognition(s) at a time and all are busy; retry in " + RETRY_AFTER_SECONDS + " s")
                    .withRetryAfter(RETRY_AFTER_SECONDS);
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

package dev.newsgraph.entity.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
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
 * {@link AnalysisConfig#analyzeConcurrency()} of them (default 1), and admits no more than that many at
 * once (a semaphore, no waiting): when they are all busy a request is refused at once with 429
 * {@code analyze-busy} and {@code Retry-After}. The change feed's
 * analyses run on {@link AnalysisExecutor}'s pool, which {@code /analyze} never uses, so no number of
 * {@code /analyze} requests can make a new article wait for its entities.
 */
@ApplicationScoped
public class AnalyzeExecutor {

    static final int RETRY_AFTER_SECONDS = 2;

    private final EntityRecognizer recognizer;
    private final ThreadPoolExecutor pool;
    /** One permit per thread, taken before a recognition is handed over and given back inside it, before it answers. */
    private final Semaphore permits;

    @Inject
    public AnalyzeExecutor(EntityRecognizer recognizer, AnalysisConfig config) {
        this(recognizer, config.analyzeConcurrency());
    }

    AnalyzeExecutor(EntityRecognizer recognizer, int threads) {
        this.recognizer = recognizer;
        AtomicInteger threadNumber = new AtomicInteger();
        // the queue never holds more than the permits allow; admission is the semaphore's
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "entity-analyze-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.permits = new Semaphore(threads);
    }

    /** Recognises {@code text} on an /analyze thread; 429 {@code analyze-busy} when every one is busy. */
    public CompletableFuture<Recognition> recognize(String text) {
        if (!permits.tryAcquire()) {
            throw ProblemException.tooManyRequests("analyze-busy", "POST /analyze runs " + pool.getMaximumPoolSize()
                    + " recognition(s) at a time and all are busy; retry in " + RETRY_AFTER_SECONDS + " s")
                    .withRetryAfter(RETRY_AFTER_SECONDS);
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                // given back before the answer goes out, so a client that posts again at once finds it free
                try {
                    return recognizer.recognize(text);
                } finally {
                    permits.release();
                }
            }, pool);
        } catch (RuntimeException e) {
            permits.release();
            throw e;
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

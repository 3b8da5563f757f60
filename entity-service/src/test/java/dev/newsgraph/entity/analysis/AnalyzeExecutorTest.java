package dev.newsgraph.entity.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.entity.recognition.EntityRecognizer;
import dev.newsgraph.entity.recognition.Recognition;

class AnalyzeExecutorTest {

    private final CountDownLatch release = new CountDownLatch(1);

    private final EntityRecognizer blocking = new EntityRecognizer() {
        @Override
        public Recognition recognize(String text) {
            if (text.equals("block")) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new Recognition(List.of(), 1);
        }

        @Override
        public String version() {
            return "test";
        }
    };

    @Test
    void whenEveryThreadIsBusyTheNextIsRefusedWithRetryAfter() throws Exception {
        AnalyzeExecutor executor = new AnalyzeExecutor(blocking, 1);
        try {
            CompletableFuture<Recognition> running = executor.recognize("block");
            ProblemException busy = assertThrows(ProblemException.class, () -> executor.recognize("other"));
            assertEquals(429, busy.problem().status());
            assertEquals("analyze-busy", busy.problem().slug());
            assertEquals(2, busy.retryAfterSeconds());
            release.countDown();
            running.get(10, TimeUnit.SECONDS);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void aClientThatPostsAgainAsSoonAsItsAnswerCameIsNeverRefused() throws Exception {
        AnalyzeExecutor executor = new AnalyzeExecutor(blocking, 1);
        try {
            for (int i = 0; i < 2_000; i++) {
                executor.recognize("quick " + i).join();
            }
        } finally {
            executor.shutdown();
        }
    }
}

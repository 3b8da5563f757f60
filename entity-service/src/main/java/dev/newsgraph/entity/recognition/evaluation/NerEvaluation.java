package dev.newsgraph.entity.recognition.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a corpus through a recogniser as raw text, document by document on a few threads (as the service
 * analyses articles in parallel), maps the answers back to tokens and scores them.
 */
public final class NerEvaluation {

    private NerEvaluation() {
    }

    public static Result run(List<ConllDocument> documents, RecognizerUnderTest recognizer, int threads) {
        List<RawText> texts = documents.stream().map(ConllDocument::rawText).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<List<TokenSpan>>> answers = new ArrayList<>();
            for (RawText text : texts) {
                answers.add(pool.submit(() -> text.toTokenSpans(recognizer.recognize(text.text()))));
            }
            List<List<TokenSpan>> predicted = new ArrayList<>();
            for (Future<List<TokenSpan>> answer : answers) {
                predicted.add(answer.get());
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            ScoreBoard board = new ScoreBoard();
            long tokens = 0;
            for (int i = 0; i < documents.size(); i++) {
                ConllDocument document = documents.get(i);
                board.add(document.tokens(), document.gold(), predicted.get(i));
                tokens += document.tokens().size();
            }
            return new Result(board, documents.size(), tokens, elapsed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("recognition failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The scores, and how fast the corpus went through (corpus tokens per second of wall time). */
    public record Result(ScoreBoard scores, int documents, long tokens, Duration elapsed) {
        public double tokensPerSecond() {
            return tokens / (elapsed.toNanos() / 1e9);
        }
    }
}

package dev.newsgraph.entity.recognition.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.entity.recognition.EntityType;

/**
 * CoNLL scoring: a predicted name counts only if both its boundaries and its type match a gold name.
 * Also sorts every mistake into a kind (missed, spurious, type confusion, boundary) with examples, since
 * the kinds say which method to try next better than the totals do.
 */
public final class ScoreBoard {

    private static final int EXAMPLES_PER_KIND = 3;

    private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    private final Map<String, ErrorKind> errors = new LinkedHashMap<>();

    public ScoreBoard() {
        for (EntityType type : EntityType.values()) {
            byType.put(type, new Counts());
        }
    }

    /** Scores one document's predictions against its gold names. */
    public void add(List<String> tokens, List<TokenSpan> gold, List<TokenSpan> predicted) {
        for (TokenSpan g : gold) {
            byType.get(g.type()).gold++;
        }
        for (TokenSpan p : predicted) {
            Counts counts = byType.get(p.type());
            counts.predicted++;
            if (gold.contains(p)) {
                counts.correct++;
            } else {
                classify(tokens, gold, p);
            }
        }
        for (TokenSpan g : gold) {
            if (predicted.stream().noneMatch(g::overlaps)) {
                error("missed " + g.type(), "[" + text(tokens, g) + "]");
            }
        }
    }

    private void classify(List<String> tokens, List<TokenSpan> gold, TokenSpan p) {
        TokenSpan overlapping = gold.stream().filter(p::overlaps)
                .max(Comparator.comparingInt(g -> Math.min(g.end(), p.end()) - Math.max(g.start(), p.start())))
                .orElse(null);
        if (overlapping == null) {
            error("spurious " + p.type(), "[" + text(tokens, p) + "]");
        } else if (overlapping.sameBoundaries(p)) {
            error("type " + overlapping.type() + " as " + p.type(), "[" + text(tokens, p) + "]");
        } else if (overlapping.type() == p.type()) {
            error("boundary " + p.type(), "[" + text(tokens, overlapping) + "] as [" + text(tokens, p) + "]");
        } else {
            error("boundary+type " + overlapping.type() + " as " + p.type(),
                    "[" + text(tokens, overlapping) + "] as [" + text(tokens, p) + "]");
        }
    }

    private void error(String kind, String example) {
        ErrorKind errorKind = errors.computeIfAbsent(kind, ErrorKind::new);
        errorKind.count++;
        if (errorKind.examples.size() < EXAMPLES_PER_KIND && !errorKind.examples.contains(example)) {
            errorKind.examples.add(example);
        }
    }

    private static String text(List<String> tokens, TokenSpan span) {
        return String.join(" ", tokens.subList(span.start(), span.end()));
    }

    public Score score(EntityType type) {
        return byType.get(type).score();
    }

    public Score overall() {
        Counts total = new Counts();
        for (Counts counts : byType.values()) {
            total.gold += counts.gold;
            total.predicted += counts.predicted;
            total.correct += counts.correct;
        }
        return total.score();
    }

    /** The most frequent kinds of error, most frequent first. */
    public List<ErrorKind> topErrors(int limit) {
        List<ErrorKind> sorted = new ArrayList<>(errors.values());
        sorted.sort(Comparator.comparingInt(ErrorKind::count).reversed());
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    /** Precision, recall and F1 of one type or of all. */
    public record Score(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One kind of mistake, how often it happened, and a few examples. */
    public static final class ErrorKind {
        private final String kind;
        private final List<String> examples = new ArrayList<>();
        private int count;

        ErrorKind(String kind) {
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }

        public int count() {
            return count;
        }

        public List<String> examples() {
            return List.copyOf(examples);
        }
    }

    private static final class Counts {
        int gold;
        int predicted;
        int correct;

        Score score() {
            return new Score(gold, predicted, correct);
        }
    }
}

package dev.newsgraph.entity.recognition.evaluation;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.newsgraph.entity.recognition.CoreNlpRecognizer;
import dev.newsgraph.entity.recognition.EntityRecognizer;
import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.recognition.NewsRecognizer;
import dev.newsgraph.entity.recognition.NewsRecognizer.Step;
import dev.newsgraph.entity.recognition.evaluation.ScoreBoard.ErrorKind;
import dev.newsgraph.entity.recognition.evaluation.ScoreBoard.Score;

/**
 * {@code evaluate-ner [--url SERVICE] [--threads N] [--errors N] [--no-warmup] [--crf-only | --without STEPS] FILE}:
 * scores the entity recogniser on a CoNLL file the way users reach it, through raw text, and prints
 * precision, recall and F1 overall and per type, tokens/s and the most frequent kinds of error. Without
 * {@code --url} the recogniser runs in this process; with it, every document goes to that service's
 * {@code POST /analyze}, with the editor's token in the environment variable {@code NEWSGRAPH_TOKEN}.
 */
public final class EvaluateNerCommand {

    private static final String USAGE = """
            usage: evaluate-ner [--url http://localhost:8082] [--threads N] [--errors N] [--no-warmup] [--crf-only | --without STEPS] FILE
              FILE        CoNLL file (token ... TAG per line; BIO, IOB1 or BIOES; -DOCSTART- between documents)
              --url       score a running entity service through POST /analyze instead of in-process; it needs an
                          editor's JWT in NEWSGRAPH_TOKEN (bin/evaluate-ner mints one with ./newsgraph token)
              --threads   documents analysed at once (default: available processors)
              --errors    how many kinds of error to list, most frequent first (default: 10)
              --no-warmup skip the untimed first pass that lets the JIT compile before tokens/s is measured
              --crf-only  in-process: CoreNLP's CoNLL CRF alone through its own pipeline (the old baseline; its model
                          is in target/crf-baseline, not in the service)
              --without   in-process: NewsRecognizer without the given steps (comma-separated, or 'all')
            steps: """ + Arrays.stream(Step.values()).map(Enum::name).collect(Collectors.joining(", ")) + "\n";

    private EvaluateNerCommand() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        List<ConllDocument> documents = ConllCorpus.read(options.file());
        RecognizerUnderTest recognizer = options.url() != null ? new AnalyzeEndpointClient(options.url(), System.getenv("NEWSGRAPH_TOKEN"))
                : RecognizerUnderTest.inProcess(inProcessRecognizer(options));
        if (options.warmup()) {
            NerEvaluation.run(documents, recognizer, options.threads());
        }
        NerEvaluation.Result result = NerEvaluation.run(documents, recognizer, options.threads());
        print(System.out, options.file(), recognizer, options.threads(), options.errorKinds(), result);
    }

    private static EntityRecognizer inProcessRecognizer(Options options) {
        if (options.crfOnly()) {
            return new CoreNlpRecognizer(CoreNlpRecognizer.CONLL_4CLASS_MODEL);
        }
        Set<Step> steps = EnumSet.allOf(Step.class);
        steps.removeAll(options.without());
        return NewsRecognizer.withSteps(steps);
    }

    static void print(PrintStream out, Path file, RecognizerUnderTest recognizer, int threads, int errorKinds,
            NerEvaluation.Result result) {
        ScoreBoard board = result.scores();
        out.printf(Locale.ROOT, "file:        %s (%d documents, %d tokens)%n", file, result.documents(), result.tokens());
        out.printf(Locale.ROOT, "recognizer:  %s%n", recognizer.description());
        out.printf(Locale.ROOT, "speed:       %.0f tokens/s on %d threads (%.2f s)%n", result.tokensPerSecond(), threads,
                result.elapsed().toMillis() / 1000.0);
        out.println();
        out.printf(Locale.ROOT, "%-14s %9s %9s %9s %7s %7s %7s%n", "type", "gold", "found", "correct", "P", "R", "F1");
        for (EntityType type : EntityType.values()) {
            printScore(out, type.name(), board.score(type));
        }
        printScore(out, "overall", board.overall());
        out.println();
        out.println("most frequent errors:");
        for (ErrorKind error : board.topErrors(errorKinds)) {
            out.printf(Locale.ROOT, "%6d  %-32s e.g. %s%n", error.count(), error.kind(), String.join(", ", error.examples()));
        }
    }

    private static void printScore(PrintStream out, String label, Score score) {
        out.printf(Locale.ROOT, "%-14s %9d %9d %9d %7.4f %7.4f %7.4f%n", label, score.gold(), score.predicted(),
                score.correct(), score.precision(), score.recall(), score.f1());
    }

    record Options(Path file, URI url, int threads, int errorKinds, boolean warmup, boolean crfOnly, Set<Step> without) {

        static Options parse(String[] args) {
            Path file = null;
            URI url = null;
            int threads = Runtime.getRuntime().availableProcessors();
            int errorKinds = 10;
            boolean warmup = true;
            boolean crfOnly = false;
            Set<Step> without = EnumSet.noneOf(Step.class);
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--url" -> url = URI.create(value(args, ++i, "--url"));
                    case "--threads" -> threads = positive(value(args, ++i, "--threads"), "--threads");
                    case "--errors" -> errorKinds = positive(value(args, ++i, "--errors"), "--errors");
                    case "--no-warmup" -> warmup = false;
                    case "--crf-only" -> crfOnly = true;
                    case "--without" -> without = steps(value(args, ++i, "--without"));
                    default -> {
                        if (args[i].startsWith("--") || file != null) {
                            throw new IllegalArgumentException("unexpected argument: " + args[i]);
                        }
                        file = Path.of(args[i]);
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no CoNLL file given");
            }
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read " + file);
            }
            if (url != null && (crfOnly || !without.isEmpty())) {
                throw new IllegalArgumentException("--crf-only and --without choose the in-process recogniser; not with --url");
            }
            return new Options(file, url, threads, errorKinds, warmup, crfOnly, without);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int positive(String value, String option) {
            if (!value.matches("[1-9][0-9]{0,3}")) {
                throw new IllegalArgumentException(option + " needs a positive number, got " + value);
            }
            return Integer.parseInt(value);
        }

        private static Set<Step> steps(String value) {
            if (value.equals("all")) {
                return EnumSet.allOf(Step.class);
            }
            Set<Step> steps = EnumSet.noneOf(Step.class);
            for (String name : value.split(",")) {
                try {
                    steps.add(Step.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown step: " + name, e);
                }
            }
            return steps;
        }
    }
}

package dev.newsgraph.entity.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The neural NER tagger: BiLSTM-CNN-CRF models trained by {@code entity-service/ner-training/train_tagger.py}
 * on CoNLL-2003, run through ONNX Runtime. Each model turns a sentence's word features into BIOES emission
 * scores; an ensemble averages the models' emissions and CRF transition scores, Viterbi picks the tags and
 * forward-backward gives each token's probability of its entity type. The features mirror the training
 * script's exactly: the lower-cased word's 50-dimension vector and distributional-similarity cluster from
 * the shared lexicon, the index of its trainable correction, its casing class and its first 20 characters.
 *
 * <p>Models load from the classpath folder {@code ner/} ({@code models.txt} names the ONNX files), or from
 * the folder named by the system property {@value #MODEL_DIR_PROPERTY} (every {@code *.onnx} in it), which
 * is how the train-only models are scored. Thread-safe.
 */
final class NeuralTagger {

    static final String MODEL_DIR_PROPERTY = "newsgraph.ner.model-dir";
    static final String THREADS_PROPERTY = "newsgraph.ner.threads";
    static final String[] TAGS = {"O", "B-PER", "I-PER", "E-PER", "S-PER", "B-ORG", "I-ORG", "E-ORG", "S-ORG",
            "B-LOC", "I-LOC", "E-LOC", "S-LOC", "B-MISC", "I-MISC", "E-MISC", "S-MISC"};
    private static final int K = TAGS.length;
    private static final int DIMS = 50;
    private static final int CHAR_WIDTH = 20;
    private static final int CLUSTER_BITS = 10;
    /** At most this many tokens (sentences x longest sentence) go through a model at once. */
    private static final int BATCH_TOKENS = 4096;

    private final Map<String, Integer> lexicon = new HashMap<>(1 << 20);
    private final float[] vectors;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final List<OrtSession> sessions = new ArrayList<>();
    private final float[][] transitions = new float[K][K];
    private final float[] start = new float[K];
    private final float[] end = new float[K];
    private final String description;

    /** One sentence's tags and, per token, the probability that it belongs to its tag's entity type. */
    record Tagged(String[] tags, double[] probability) {
    }

    NeuralTagger() {
        String dir = System.getProperty(MODEL_DIR_PROPERTY);
        Path folder = dir == null || dir.isBlank() ? null : Path.of(dir);
        try {
            List<String> modelNames = new ArrayList<>();
            if (folder != null) {
                try (var files = Files.list(folder)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".onnx")).sorted().forEach(modelNames::add);
                }
            } else {
                try (BufferedReader list = reader(open(null, "models.txt"))) {
                    list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(modelNames::add);
                }
            }
            if (modelNames.isEmpty()) {
                throw new IllegalStateException("no NER models in " + (folder != null ? folder : "classpath ner/"));
            }
            this.vectors = readLexicon(open(folder, "lexicon.tsv.gz"));
            try (BufferedReader words = reader(open(folder, "vocabulary.txt"))) {
                String w;
                while ((w = words.readLine()) != null) {
                    if (!w.isEmpty()) {
                        vocabulary.put(w, vocabulary.size() + 1);
                    }
                }
            }
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Integer.getInteger(THREADS_PROPERTY, 1));
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            for (String name : modelNames) {
                byte[] model;
                try (InputStream in = open(folder, name)) {
                    model = in.readAllBytes();
                }
                sessions.add(environment.createSession(model, options));
            }
            readCrf();
            this.description = "bilstm-cnn-crf:" + modelNames.stream().map(n -> n.replace(".onnx", ""))
                    .collect(java.util.stream.Collectors.joining("+"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NER models", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the NER models", e);
        }
    }

    String description() {
        return description;
    }

    private static InputStream open(Path folder, String name) throws IOException {
        if (folder != null) {
            return Files.newInputStream(folder.resolve(name));
        }
        InputStream in = NeuralTagger.class.getClassLoader().getResourceAsStream("ner/" + name);
        if (in == null) {
            throw new IOException("ner/" + name + " is not on the classpath");
        }
        return in;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Reads word TAB cluster [TAB v1 ... v50] lines; returns the vectors, row by row. */
    private float[] readLexicon(InputStream raw) throws IOException {
        float[] rows = new float[120_000 * DIMS];
        int count = 0;
        try (BufferedReader in = reader(new GZIPInputStream(raw, 1 << 16))) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab + 1);
                int cluster = Integer.parseInt(line, tab + 1, tab2 < 0 ? line.length() : tab2, 10) + 1;
                int row = 0;
                if (tab2 > 0) {
                    if ((count + 1) * DIMS > rows.length) {
                        rows = Arrays.copyOf(rows, rows.length * 2);
                    }
                    int p = tab2 + 1;
                    for (int d = 0; d < DIMS; d++) {
                        int q = line.indexOf(' ', p);
                        if (q < 0) {
                            q = line.length();
                        }
                        rows[count * DIMS + d] = Float.parseFloat(line.substring(p, q));
                        p = q + 1;
                    }
                    count++;
                    row = count; // 1-based: 0 means no vector
                }
                lexicon.put(line.substring(0, tab), (row << CLUSTER_BITS) | cluster);
            }
        }
        return Arrays.copyOf(rows, count * DIMS);
    }

    private void readCrf() throws OrtException {
        List<List<String>> probe = List.of(List.of("a"));
        for (OrtSession session : sessions) {
            try (OrtSession.Result result = session.run(inputs(probe, 0, 1))) {
                float[][] t = (float[][]) result.get(1).getValue();
                float[] s = (float[]) result.get(2).getValue();
                float[] e = (float[]) result.get(3).getValue();
                for (int a = 0; a < K; a++) {
                    for (int b = 0; b < K; b++) {
                        transitions[a][b] += t[a][b] / sessions.size();
                    }
                    start[a] += s[a] / sessions.size();
                    end[a] += e[a] / sessions.size();
                }
            }
        }
    }

    /** Tags the sentences (lists of words as written), in batches of sentences of similar length. */
    List<Tagged> tag(List<List<String>> sentences) {
        Tagged[] out = new Tagged[sentences.size()];
        Integer[] order = new Integer[sentences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> sentences.get(i).size()));
        int i = 0;
        while (i < order.length) {
            if (sentences.get(order[i]).isEmpty()) {
                out[order[i]] = new Tagged(new String[0], new double[0]);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < order.length && (j - i + 1) * sentences.get(order[j]).size() <= BATCH_TOKENS) {
                j++;
            }
            List<List<String>> batch = new ArrayList<>(j - i);
            for (int k = i; k < j; k++) {
                batch.add(sentences.get(order[k]));
            }
            float[][][] emissions = emissions(batch);
            for (int k = i; k < j; k++) {
                out[order[k]] = decode(emissions[k - i], sentences.get(order[k]).size());
            }
            i = j;
        }
        return Arrays.asList(out);
    }

    /** The models' emission scores for a batch, averaged. */
    float[][][] emissions(List<List<String>> batch) {
        int longest = batch.stream().mapToInt(List::size).max().orElse(0);
        float[][][] sum = new float[batch.size()][longest][K];
        try {
            Map<String, OnnxTensor> inputs = inputs(batch, 0, batch.size());
            try {
                for (OrtSession session : sessions) {
                    try (OrtSession.Result result = session.run(inputs, java.util.Set.of("emissions"))) {
                        float[][][] e = (float[][][]) result.get(0).getValue();
                        for (int b = 0; b < e.length; b++) {
                            for (int t = 0; t < e[b].length; t++) {
                                for (int k = 0; k < K; k++) {
                                    sum[b][t][k] += e[b][t][k] / sessions.size();
                                }
                            }
                        }
                    }
                }
            } finally {
                inputs.values().forEach(OnnxTensor::close);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("NER model failed", e);
        }
        return sum;
    }

    private Map<String, OnnxTensor> inputs(List<List<String>> batch, int from, int to) throws OrtException {
        int n = to - from;
        int longest = 1;
        for (int s = from; s < to; s++) {
            longest = Math.max(longest, batch.get(s).size());
        }
        float[] vecs = new float[n * longest * DIMS];
        long[] clusters = new long[n * longest];
        long[] words = new long[n * longest];
        long[] casing = new long[n * longest];
        long[] chars = new long[n * longest * CHAR_WIDTH];
        long[] lengths = new long[n];
        for (int s = 0; s < n; s++) {
            List<String> sentence = batch.get(from + s);
            lengths[s] = Math.max(1, sentence.size());
            for (int t = 0; t < sentence.size(); t++) {
                int at = s * longest + t;
                String word = sentence.get(t);
                String lower = word.toLowerCase(Locale.ROOT);
                int vectorRow = lookup(lower, '0') >>> CLUSTER_BITS;
                if (vectorRow > 0) {
                    System.arraycopy(vectors, (vectorRow - 1) * DIMS, vecs, at * DIMS, DIMS);
                }
                clusters[at] = cluster(lower);
                words[at] = vocabulary.getOrDefault(replaceDigits(lower, '0'), 0);
                casing[at] = casing(word);
                charIds(word, chars, at * CHAR_WIDTH);
            }
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        inputs.put("vectors", OnnxTensor.createTensor(environment, FloatBuffer.wrap(vecs), new long[] {n, longest, DIMS}));
        inputs.put("clusters", OnnxTensor.createTensor(environment, LongBuffer.wrap(clusters), new long[] {n, longest}));
        inputs.put("words", OnnxTensor.createTensor(environment, LongBuffer.wrap(words), new long[] {n, longest}));
        inputs.put("casing", OnnxTensor.createTensor(environment, LongBuffer.wrap(casing), new long[] {n, longest}));
        inputs.put("chars", OnnxTensor.createTensor(environment, LongBuffer.wrap(chars), new long[] {n, longest, CHAR_WIDTH}));
        inputs.put("lengths", OnnxTensor.createTensor(environment, LongBuffer.wrap(lengths), new long[] {n}));
        return inputs;
    }

    /** The lexicon entry of the word, else of the word with its digits replaced (vectors: '0'). */
    private int lookup(String lower, char digit) {
        Integer entry = lexicon.get(lower);
        if (entry == null || (entry >>> CLUSTER_BITS) == 0) {
            Integer normalised = lexicon.get(replaceDigits(lower, digit));
            if (normalised != null && (normalised >>> CLUSTER_BITS) != 0) {
                return normalised;
            }
        }
        return entry == null ? 0 : entry;
    }

    private int cluster(String lower) {
        Integer entry = lexicon.get(lower);
        if (entry == null || (entry & ((1 << CLUSTER_BITS) - 1)) == 0) {
            entry = lexicon.get(replaceDigits(lower, '#'));
        }
        return entry == null ? 0 : entry & ((1 << CLUSTER_BITS) - 1);
    }

    private static String replaceDigits(String word, char replacement) {
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                if (out == null) {
                    out = new StringBuilder(word);
                }
                out.setCharAt(i, replacement);
            }
        }
        return out == null ? word : out.toString();
    }

    static int casing(String word) {
        if (word.isEmpty()) {
            return 0;
        }
        int letters = 0;
        int digits = 0;
        int upper = 0;
        int length = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            length++;
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (digits == length) {
            return 6;
        }
        if (digits > 0) {
            return 7;
        }
        if (letters == 0) {
            return 8;
        }
        if (upper == 0) {
            return 1;
        }
        if (upper == letters) {
            return letters == 1 ? 4 : 3;
        }
        if (Character.isUpperCase(word.codePointAt(0)) && upper == 1) {
            return 2;
        }
        return 5;
    }

    static void charIds(String word, long[] into, int offset) {
        int n = 0;
        for (int i = 0; i < word.length() && n < CHAR_WIDTH; n++) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            long id;
            if (c > 32 && c < 127) {
                id = c - 31;
            } else if (Character.isLetter(c)) {
                id = Character.isUpperCase(c) ? 96 : 97;
            } else if (Character.isDigit(c)) {
                id = 98;
            } else {
                id = 1;
            }
            into[offset + n] = id;
        }
    }

    /** Viterbi tags and forward-backward marginals of one sentence's averaged scores. */
    private Tagged decode(float[][] emissions, int length) {
        double[][] score = new double[length][K];
        int[][] back = new int[length][K];
        for (int k = 0; k < K; k++) {
            score[0][k] = start[k] + emissions[0][k];
        }
        for (int t = 1; t < length; t++) {
            for (int b = 0; b < K; b++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int a = 0; a < K; a++) {
                    double v = score[t - 1][a] + transitions[a][b];
                    if (v > best) {
                        best = v;
                        arg = a;
                    }
                }
                score[t][b] = best + emissions[t][b];
                back[t][b] = arg;
            }
        }
        int last = 0;
        for (int k = 1; k < K; k++) {
            if (score[length - 1][k] + end[k] > score[length - 1][last] + end[last]) {
                last = k;
            }
        }
        int[] path = new int[length];
        path[length - 1] = last;
        for (int t = length - 1; t > 0; t--) {
            path[t - 1] = back[t][path[t]];
        }
        // forward-backward in log space
        double[][] alpha = new double[length][K];
        double[][] beta = new double[length][K];
        double[] tmp = new double[K];
        for (int k = 0; k < K; k++) {
            alpha[0][k] = start[k] + emissions[0][k];
            beta[length - 1][k] = end[k];
        }
        for (int t = 1; t < length; t++) {
            for (int b = 0; b < K; b++) {
                for (int a = 0; a < K; a++) {
                    tmp[a] = alpha[t - 1][a] + transitions[a][b];
                }
                alpha[t][b] = logSumExp(tmp) + emissions[t][b];
            }
        }
        for (int t = length - 2; t >= 0; t--) {
            for (int a = 0; a < K; a++) {
                for (int b = 0; b < K; b++) {
                    tmp[b] = transitions[a][b] + emissions[t + 1][b] + beta[t + 1][b];
                }
                beta[t][a] = logSumExp(tmp);
            }
        }
        for (int k = 0; k < K; k++) {
            tmp[k] = alpha[length - 1][k] + end[k];
        }
        double logZ = logSumExp(tmp);
        String[] tags = new String[length];
        double[] probability = new double[length];
        for (int t = 0; t < length; t++) {
            tags[t] = TAGS[path[t]];
            String type = tags[t].length() > 2 ? tags[t].substring(2) : null;
            double p = 0;
            for (int k = 0; k < K; k++) {
                boolean same = type == null ? k == 0 : TAGS[k].endsWith("-" + type);
                if (same) {
                    p += Math.exp(alpha[t][k] + beta[t][k] - logZ);
                }
            }
            probability[t] = Math.min(1.0, p);
        }
        return new Tagged(tags, probability);
    }

    private static double logSumExp(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : values) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}

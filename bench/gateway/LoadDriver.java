import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load driver for the gateway-overhead comparison: (a) one GraphQL query through the
 * gateway against (b) the two dependent REST calls a hand-written client makes for the same data.
 * A per-request tool (wrk, hey) cannot time (b) as one operation, hence this driver. Both sides run
 * at each concurrency level in the same run, alternating (a,b then b,a), after a warm-up; every
 * operation's latency is kept, so percentiles are exact (nearest rank).
 *
 * <pre>
 * java LoadDriver.java --gateway URL --article URL --entity URL --query GRAPHQL [--articles 20]
 *     [--concurrency 1,8,32,64] [--warmup-seconds 10] [--seconds 15] [--rounds 2]
 * </pre>
 *
 * Prints one tab-separated line per concurrency and side on stdout:
 * {@code concurrency side operations errors seconds ops_per_s p50_ms p99_ms}; progress goes to stderr.
 */
public class LoadDriver {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Map<String, Operation> sides = new LinkedHashMap<>();
        sides.put("a", new GatewayQuery(http, options.gateway, options.query));
        sides.put("b", new DirectCalls(http, options.article, options.entity, options.articles));
        for (Map.Entry<String, Operation> side : sides.entrySet()) {
            side.getValue().run();
            System.err.printf("side %s answers correctly%n", side.getKey());
        }
        for (int concurrency : options.concurrency) {
            for (Map.Entry<String, Operation> side : sides.entrySet()) {
                new ClosedLoop(side.getValue(), concurrency).run(options.warmup / 2);
            }
            Map<String, Samples> measured = new LinkedHashMap<>();
            sides.keySet().forEach(name -> measured.put(name, new Samples()));
            for (int round = 0; round < options.rounds; round++) {
                List<String> order = new ArrayList<>(sides.keySet());
                if (round % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (String name : order) {
                    Samples samples = new ClosedLoop(sides.get(name), concurrency).run(options.duration);
                    System.err.printf("c=%d round %d side %s: %s%n", concurrency, round + 1, name, samples.summary());
                    measured.get(name).add(samples);
                }
            }
            measured.forEach((name, samples) -> System.out.printf("%d\t%s\t%s%n", concurrency, name, samples.tsv()));
            System.out.flush();
        }
    }
}

/** One operation of a side; throws when the answer is not the expected one. */
interface Operation {
    void run() throws Exception;
}

/** (a): the GraphQL query, POSTed to the gateway. */
final class GatewayQuery implements Operation {
    private final HttpClient http;
    private final HttpRequest request;

    GatewayQuery(HttpClient http, String gateway, String query) {
        this.http = http;
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        this.request = HttpRequest.newBuilder(URI.create(gateway + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    @Override
    public void run() throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        // an answer with an "errors" member is partial: it does not count as fetching the data
        if (response.statusCode() != 200 || !body.startsWith("{\"data\"") || body.contains("\"errors\":")) {
            throw new IllegalStateException("gateway answered " + response.statusCode() + ": " + Texts.head(body));
        }
    }
}

/**
 * (b): what a hand-written client does for the same data: the article listing, then the entities of
 * those articles in one batch call (the second needs the ids from the first), both without the parts
 * the query does not read (articles' bodies, entities' mentions), as the gateway asks.
 */
final class DirectCalls implements Operation {
    // the listing's items are articles; their only "id" members are the articles' own ids
    private static final Pattern ARTICLE_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http;
    private final HttpRequest listing;
    private final String entitiesOfArticles;
    private final int articles;

    DirectCalls(HttpClient http, String article, String entity, int articles) {
        this.http = http;
        this.articles = articles;
        this.listing = HttpRequest.newBuilder(URI.create(article + "/articles?body=false&limit=" + articles))
                .timeout(Duration.ofSeconds(30)).GET().build();
        this.entitiesOfArticles = entity + "/articles/entities?mentions=false&ids=";
    }

    @Override
    public void run() throws Exception {
        HttpResponse<String> page = http.send(listing, HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("article listing answered " + page.statusCode() + ": " + Texts.head(page.body()));
        }
        List<String> ids = new ArrayList<>(articles);
        Matcher m = ARTICLE_ID.matcher(page.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.size() != articles) {
            throw new IllegalStateException("the listing held " + ids.size() + " article ids, expected " + articles);
        }
        HttpRequest entities = HttpRequest.newBuilder(URI.create(entitiesOfArticles
                        + URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> answer = http.send(entities, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().startsWith("{\"items\"")) {
            throw new IllegalStateException("entities of articles answered " + answer.statusCode() + ": " + Texts.head(answer.body()));
        }
    }
}

/** N workers each running the operation back to back until the deadline (a closed loop). */
final class ClosedLoop {
    private final Operation operation;
    private final int workers;

    ClosedLoop(Operation operation, int workers) {
        this.operation = operation;
        this.workers = workers;
    }

    Samples run(double seconds) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[workers][];
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads[w] = new Thread(() -> latencies[worker] = loop(deadline, errors), "load-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        // the last operations end after the deadline: throughput is over the time they really took
        long elapsed = System.nanoTime() - start;
        return new Samples(latencies, errors.get(), elapsed);
    }

    private long[] loop(long deadline, AtomicLong errors) {
        long[] own = new long[1024];
        int n = 0;
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            try {
                operation.run();
            } catch (Exception e) {
                if (errors.incrementAndGet() <= 3) {
                    System.err.println("operation failed: " + e.getMessage());
                }
                continue;
            }
            if (n == own.length) {
                own = Arrays.copyOf(own, n * 2);
            }
            own[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(own, n);
    }
}

/** Latencies (ns) of successful operations, errors and measured time; exact nearest-rank percentiles. */
final class Samples {
    private long[] latencies = new long[0];
    private long errors;
    private long elapsedNanos;

    Samples() {
    }

    Samples(long[][] perWorker, long errors, long elapsedNanos) {
        this.latencies = Arrays.stream(perWorker).flatMapToLong(Arrays::stream).toArray();
        this.errors = errors;
        this.elapsedNanos = elapsedNanos;
    }

    void add(Samples other) {
        long[] merged = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
        System.arraycopy(other.latencies, 0, merged, latencies.length, other.latencies.length);
        latencies = merged;
        errors += other.errors;
        elapsedNanos += other.elapsedNanos;
    }

    double throughput() {
        return latencies.length / (elapsedNanos / 1e9);
    }

    double percentileMillis(double p) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, Math.min(rank, sorted.length)) - 1] / 1e6;
    }

    String summary() {
        return String.format("%d ops, %d errors, %.1f ops/s, p50 %.2f ms, p99 %.2f ms",
                latencies.length, errors, throughput(), percentileMillis(50), percentileMillis(99));
    }

    String tsv() {
        return String.format(java.util.Locale.ROOT, "%d\t%d\t%.2f\t%.2f\t%.3f\t%.3f", latencies.length, errors,
                elapsedNanos / 1e9, throughput(), percentileMillis(50), percentileMillis(99));
    }
}

final class Texts {
    static String head(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}

final class Options {
    String gateway;
    String article;
    String entity;
    String query;
    int articles = 20;
    int[] concurrency = {1, 8, 32, 64};
    double warmup = 10;
    double duration = 15;
    int rounds = 2;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw usage("missing value of " + args[i]);
            }
            String v = args[i + 1];
            switch (args[i]) {
                case "--gateway" -> o.gateway = v;
                case "--article" -> o.article = v;
                case "--entity" -> o.entity = v;
                case "--query" -> o.query = v;
                case "--articles" -> o.articles = Integer.parseInt(v);
                case "--concurrency" -> o.concurrency = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--warmup-seconds" -> o.warmup = Double.parseDouble(v);
                case "--seconds" -> o.duration = Double.parseDouble(v);
                case "--rounds" -> o.rounds = Integer.parseInt(v);
                default -> throw usage("unknown option " + args[i]);
            }
        }
        if (o.gateway == null || o.article == null || o.entity == null || o.query == null) {
            throw usage("--gateway, --article, --entity and --query are required");
        }
        return o;
    }

    private static IllegalArgumentException usage(String why) {
        return new IllegalArgumentException(why + "; usage: java LoadDriver.java --gateway URL --article URL --entity URL"
                + " --query GRAPHQL [--articles 20] [--concurrency 1,8,32,64] [--warmup-seconds 10] [--seconds 15] [--rounds 2]");
    }
}

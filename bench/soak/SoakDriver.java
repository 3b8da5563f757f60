import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounded soak of issue 15: N normal clients (closed loop, each presenting its own address in
 * X-Forwarded-For) run a realistic mix of queries through the gateway, optionally beside a hostile
 * client (several threads, a few addresses of their own) that loops through the attacks of issue 15
 * against the gateway and the services. Built like bench/gateway/LoadDriver.java (closed loop, JDK
 * HttpClient, HTTP/1.1 keep-alive, every latency kept so percentiles are exact, nearest rank); a
 * separate program because LoadDriver's two fixed sides (a/b) do not fit a mix plus an attacker.
 *
 * <pre>
 * java SoakDriver.java --gateway URL --article URL --entity URL [--clients 8] [--seconds 60]
 *     [--warmup-seconds 10] [--attackers 0] [--attacker-addresses 2]
 * </pre>
 *
 * Prints tab-separated lines on stdout:
 * <ul>
 * <li>{@code normal <op|all> operations failed seconds ops_per_s p50_ms p99_ms max_ms}</li>
 * <li>{@code attack <attack> <status> <code> count max_ms}</li>
 * <li>{@code attacker all requests seconds max_ms <slowest attack>}</li>
 * <li>{@code failure <op> <count> <first answer>}: normal operations that failed, by operation</li>
 * <li>{@code driver cpu_seconds <s>}: the driver's own CPU time</li>
 * </ul>
 * A normal operation fails when the answer is not HTTP 200, not {"data":...}, or carries "errors".
 * Progress goes to stderr.
 */
public class SoakDriver {

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Fixtures fixtures = Fixtures.load(http, o.gateway);
        System.err.printf("fixtures: %d article ids, %d entities, forged cursors %s%n",
                fixtures.articleIds.size(), fixtures.entities.size(), fixtures.forgedCursors);
        Normal normal = new Normal(http, o.gateway, fixtures);
        for (String op : Normal.OPS) {
            normal.check(op);
        }
        System.err.println("every operation of the mix answers without errors");
        if (o.warmup > 0) {
            System.err.printf("warm-up: %d clients for %.0f s%n", o.clients, o.warmup);
            runNormal(normal, o.clients, o.warmup, null);
        }
        Attacker attacker = o.attackers > 0 ? new Attacker(http, o, fixtures) : null;
        if (attacker != null) {
            for (Attack a : attacker.attacks) {
                System.err.println("attack: " + a.name());
            }
        }
        Stats stats = runNormal(normal, o.clients, o.seconds, attacker == null ? null : () -> attacker.start(o.attackers));
        if (attacker != null) {
            attacker.stopAndJoin();
        }
        for (String op : Normal.OPS) {
            System.out.println("normal\t" + op + "\t" + stats.tsv(op));
        }
        System.out.println("normal\tall\t" + stats.tsv(null));
        stats.failures.forEach((op, n) -> System.out.println("failure\t" + op + "\t" + n + "\t" + stats.firstFailure.get(op)));
        if (attacker != null) {
            attacker.report();
        }
        // the driver shares the cores with the services: its own CPU time, warm-up and set-up included
        System.out.printf(Locale.ROOT, "driver\tcpu_seconds\t%.1f%n",
                ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN));
        System.out.flush();
    }

    static Stats runNormal(Normal normal, int clients, double seconds, Runnable alongside) throws InterruptedException {
        Stats stats = new Stats();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> normal.loop(client, deadline, stats), "normal-" + c);
        }
        if (alongside != null) {
            alongside.run();
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        stats.elapsedNanos = System.nanoTime() - start;
        return stats;
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String body(String query, String variablesJson) {
        return "{\"query\":" + json(query) + (variablesJson == null ? "" : ",\"variables\":" + variablesJson) + "}";
    }

    static String head(String s) {
        String one = s.replace('\n', ' ').replace('\t', ' ');
        return one.length() <= 200 ? one : one.substring(0, 200) + "...";
    }
}

/** Ids and names the normal clients and the attacker use, read once through the gateway. */
final class Fixtures {
    final List<String> articleIds = new ArrayList<>();
    final List<String[]> entities = new ArrayList<>(); // id, name
    final List<String> forgedCursors = new ArrayList<>();

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern ENTITY = Pattern.compile("\"id\":\"([^\"]+)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern END_CURSOR = Pattern.compile("\"endCursor\":\"([^\"]+)\"");

    static Fixtures load(HttpClient http, String gateway) throws Exception {
        Fixtures f = new Fixtures();
        String articles = post(http, gateway, "{ articles(first: 100) { edges { node { id } } pageInfo { endCursor } } }");
        Matcher m = ID.matcher(articles);
        while (m.find()) {
            f.articleIds.add(m.group(1));
        }
        String entities = post(http, gateway, "{ entities(first: 60) { edges { node { id name } } } }");
        m = ENTITY.matcher(entities);
        while (m.find()) {
            // a name made of letters and spaces is a plain search query
            if (m.group(2).matches("[\\p{L} .'-]{3,40}")) {
                f.entities.add(new String[] {m.group(1), m.group(2)});
            }
        }
        if (f.articleIds.size() < 20 || f.entities.size() < 5) {
            throw new IllegalStateException("the stack holds too little: " + f.articleIds.size() + " articles, "
                    + f.entities.size() + " usable entities; ingest and analyse some articles first");
        }
        m = END_CURSOR.matcher(articles);
        String real = m.find() ? m.group(1) : "";
        f.forgedCursors.add(forge(real));
        f.forgedCursors.add("AAAA" + real);
        f.forgedCursors.add("not a cursor!");
        return f;
    }

    /** A real cursor with every ISO date inside it moved to the year 300000. */
    static String forge(String cursor) {
        for (Base64.Decoder d : List.of(Base64.getUrlDecoder(), Base64.getDecoder())) {
            try {
                String text = new String(d.decode(cursor), StandardCharsets.UTF_8);
                String tampered = text.replaceAll("\\d{4}-\\d{2}-\\d{2}T", "+300000-01-01T");
                if (tampered.equals(text)) {
                    tampered = text + "|+300000-01-01T00:00:00Z";
                }
                return (d == Base64.getUrlDecoder() ? Base64.getUrlEncoder().withoutPadding() : Base64.getEncoder())
                        .encodeToString(tampered.getBytes(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notThisAlphabet) {
                // try the other
            }
        }
        return cursor + "x";
    }

    private static String post(HttpClient http, String gateway, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + "/graphql"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.9.0.1")
                .POST(HttpRequest.BodyPublishers.ofString(SoakDriver.body(query, null))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.body().contains("\"errors\":")) {
            throw new IllegalStateException("setup query failed (" + r.statusCode() + "): " + SoakDriver.head(r.body()));
        }
        return r.body();
    }
}

/** The normal clients' mix: feed page, article page, entity page, search, in turn. */
final class Normal {
    static final String[] OPS = {"feed", "article", "entity", "search"};

    static final String FEED = "{ articles(first: 20) { totalCount edges { cursor node { id headline standfirst publishedAt source"
            + " entities(first: 5) { salience entity { id name type } } } } pageInfo { hasNextPage endCursor } } }";
    static final String ARTICLE = "query Article($id: ID!) { article(id: $id) { id headline standfirst text publishedAt authors"
            + " source tags analysis { status } entities { salience entity { id name type } }"
            + " relatedArticles(first: 5) { sharedCount article { id headline } sharedEntities { name } } } }";
    static final String ENTITY = "query Entity($id: ID!) { entity(id: $id) { id name type aliases description articleCount mentionCount"
            + " articles(first: 20) { totalCount edges { node { id headline publishedAt source } } pageInfo { hasNextPage endCursor } }"
            + " related(first: 5) { articleCount entity { id name type } } } }";
    static final String SEARCH = "query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { node { score snippet"
            + " highlights { start end } article { id headline publishedAt source } } } } }";

    private final HttpClient http;
    private final URI graphql;
    private final Fixtures fixtures;

    Normal(HttpClient http, String gateway, Fixtures fixtures) {
        this.http = http;
        this.graphql = URI.create(gateway + "/graphql");
        this.fixtures = fixtures;
    }

    private String request(String op, Random random) {
        return switch (op) {
            case "feed" -> SoakDriver.body(FEED, null);
            case "article" -> SoakDriver.body(ARTICLE, "{\"id\":" + SoakDriver.json(pick(fixtures.articleIds, random)) + "}");
            case "entity" -> SoakDriver.body(ENTITY, "{\"id\":" + SoakDriver.json(pick(fixtures.entities, random)[0]) + "}");
            case "search" -> SoakDriver.body(SEARCH, "{\"q\":" + SoakDriver.json(pick(fixtures.entities, random)[1]) + "}");
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** null when the answer is complete, else what was wrong. */
    private String send(String op, String address, Random random) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(request(op, random))).build(), HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            if (r.statusCode() != 200 || !body.startsWith("{\"data\"") || body.contains("\"errors\":")) {
                return "HTTP " + r.statusCode() + ": " + SoakDriver.head(body);
            }
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    void check(String op) {
        String failure = send(op, "10.9.0.2", new Random(1));
        if (failure != null) {
            throw new IllegalStateException("the normal operation '" + op + "' does not answer cleanly: " + failure);
        }
    }

    void loop(int client, long deadline, Stats stats) {
        String address = "10.1.0." + (client + 1);
        Random random = new Random(client);
        int turn = client; // clients start at different operations of the mix
        while (System.nanoTime() < deadline) {
            String op = OPS[turn++ % OPS.length];
            long t0 = System.nanoTime();
            String failure = send(op, address, random);
            long took = System.nanoTime() - t0;
            if (failure == null) {
                stats.ok(op, took);
            } else {
                stats.failed(op, failure);
            }
        }
    }
}

/** Latencies (ns) per operation; failures with their first answer. */
final class Stats {
    private final Map<String, long[]> latencies = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    final Map<String, Long> failures = new TreeMap<>();
    final Map<String, String> firstFailure = new TreeMap<>();
    long elapsedNanos;

    synchronized void ok(String op, long nanos) {
        long[] own = latencies.computeIfAbsent(op, k -> new long[1024]);
        int n = counts.getOrDefault(op, 0);
        if (n == own.length) {
            own = Arrays.copyOf(own, n * 2);
            latencies.put(op, own);
        }
        own[n] = nanos;
        counts.put(op, n + 1);
    }

    synchronized void failed(String op, String what) {
        if (failures.merge(op, 1L, Long::sum) <= 3) {
            System.err.println("normal " + op + " failed: " + what);
        }
        firstFailure.putIfAbsent(op, what);
    }

    synchronized String tsv(String op) {
        long[] all;
        long failed;
        if (op == null) {
            all = latencies.entrySet().stream()
                    .flatMapToLong(e -> Arrays.stream(e.getValue(), 0, counts.get(e.getKey()))).toArray();
            failed = failures.values().stream().mapToLong(Long::longValue).sum();
        } else {
            all = latencies.containsKey(op) ? Arrays.copyOf(latencies.get(op), counts.get(op)) : new long[0];
            failed = failures.getOrDefault(op, 0L);
        }
        Arrays.sort(all);
        double seconds = elapsedNanos / 1e9;
        return String.format(Locale.ROOT, "%d\t%d\t%.2f\t%.2f\t%.3f\t%.3f\t%.3f", all.length, failed, seconds,
                all.length / seconds, pct(all, 50), pct(all, 99), all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, Math.min(rank, sorted.length)) - 1] / 1e6;
    }
}

/** One attack: a name and a fresh request each time (some carry a counter). */
record Attack(String name, Supplier<HttpRequest> request) {
}

/** The hostile client: threads looping through every attack, recording status, code and time. */
final class Attacker {
    final List<Attack> attacks = new ArrayList<>();
    private final HttpClient http;
    private final int addresses;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private final Map<String, long[]> outcomes = new TreeMap<>(); // "attack\tstatus\tcode" -> {count, maxNanos}
    private long requests;
    private long maxNanos;
    private String slowest = "-";
    private long startNanos;
    private long elapsedNanos;
    private static final AtomicLong COUNTER = new AtomicLong();

    private static final Pattern GRAPHQL_CODE = Pattern.compile("\"code\":\"([A-Za-z_-]+)\"");
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\":\"[^\"]*/problems/([a-z-]+)\"");

    Attacker(HttpClient http, Options o, Fixtures fixtures) {
        this.http = http;
        this.addresses = o.attackerAddresses;
        String gql = o.gateway + "/graphql";

        StringBuilder bomb = new StringBuilder("query { ...F30 } fragment F0 on Query { articles(first: 1) { totalCount } }");
        for (int i = 1; i <= 30; i++) {
            bomb.append(" fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1).append(" }");
        }
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            aliases.append(" a").append(i).append(": articles(first: 100) { edges { node { headline entities(first: 100) { entity {")
                    .append(" articles(first: 100) { edges { node { headline } } } } } } } }");
        }
        aliases.append(" }");
        String negations = String.join(" ", java.util.Collections.nCopies(2000, "-geneva"));
        String search = "query S($q: String!) { search(query: $q, first: 10) { edges { node { snippet } } } }";
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            deep.append("{\"a\":");
        }
        deep.append("1");
        deep.append("}".repeat(900));
        String analyzeText = "Angela Merkel met Emmanuel Macron in Paris. ".repeat(200 * 1024 / 44);

        graphql("fragment-bomb-30 POST", gql, SoakDriver.body(bomb.toString(), null));
        attacks.add(new Attack("fragment-bomb-30 GET", () -> base(gql + "?query=" + URLEncoder.encode(bomb.toString(), StandardCharsets.UTF_8)).GET().build()));
        graphql("20 aliases x articles(100).entities(100).articles(100)", gql, SoakDriver.body(aliases.toString(), null));
        graphql("search 2,000 negations (gateway)", gql, SoakDriver.body(search, "{\"q\":" + SoakDriver.json(negations) + "}"));
        attacks.add(new Attack("search 2,000 negations (article service)", () -> base(o.article + "/articles/search?q="
                + URLEncoder.encode(negations, StandardCharsets.UTF_8)).GET().build()));
        graphql("lone surrogate in a search variable", gql, SoakDriver.body(search, "{\"q\":\"geneva \\ud800\"}"));
        graphql("publishedAfter +300000-01-01T00:00:00Z", gql, SoakDriver.body(
                "{ articles(first: 5, filter: { publishedAfter: \"+300000-01-01T00:00:00Z\" }) { totalCount edges { node { id } } } }", null));
        attacks.add(new Attack("publishedAfter +300000 (article service)", () -> base(o.article
                + "/articles?limit=5&publishedAfter=" + URLEncoder.encode("+300000-01-01T00:00:00Z", StandardCharsets.UTF_8)).GET().build()));
        for (int i = 0; i < fixtures.forgedCursors.size(); i++) {
            graphql("forged cursor " + (i + 1), gql, SoakDriver.body(
                    "query C($c: String) { articles(first: 5, after: $c) { edges { node { id } } } }",
                    "{\"c\":" + SoakDriver.json(fixtures.forgedCursors.get(i)) + "}"));
        }
        graphql("Int 4294967301 literal", gql, SoakDriver.body("{ articles(first: 4294967301) { edges { node { id } } } }", null));
        graphql("Int 4294967301 variable", gql, SoakDriver.body("query N($n: Int) { articles(first: $n) { edges { node { id } } } }", "{\"n\":4294967301}"));
        graphql("variables nested 900 deep", gql, SoakDriver.body(
                "query D($f: ArticleFilter) { articles(first: 1, filter: $f) { totalCount } }", "{\"f\":" + deep + "}"));
        attacks.add(new Attack("charset=bogus", () -> base(gql).header("Content-Type", "application/json; charset=bogus")
                .POST(HttpRequest.BodyPublishers.ofString(SoakDriver.body("{ articles(first: 1) { totalCount } }", null))).build()));
        graphql("wrong-shape variables (object for ID)", gql, SoakDriver.body(
                "query A($id: ID!) { article(id: $id) { id } }", "{\"id\":{\"x\":[1,2.5,{\"y\":null}]}}"));
        graphql("wrong-shape variables (array for object)", gql, SoakDriver.body(
                "query D($f: ArticleFilter) { articles(first: 1, filter: $f) { totalCount } }", "{\"f\":[[1],[\"a\"]]}"));
        graphql("variables not an object", gql, SoakDriver.body("{ articles(first: 1) { totalCount } }", "[1,2,3]"));
        attacks.add(new Attack("anonymous POST /analyze 200 KB", () -> base(o.entity + "/analyze").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":" + SoakDriver.json(analyzeText) + "}")).build()));
        // the bodies are built once: the load generator shares the machine's cores with the services
        byte[] graphqlBody = ("{\"query\":\"{ articles(first: 1) { totalCount } }\",\"x\":\"" + "x".repeat(80 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] analyzeBody = ("{\"text\":\"" + "y".repeat(13 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        attacks.add(new Attack("chunked 80 KiB GraphQL body", () -> base(gql).header("Content-Type", "application/json")
                .POST(chunked(graphqlBody)).build()));
        attacks.add(new Attack("chunked 13 MiB body to /analyze", () -> base(o.entity + "/analyze").header("Content-Type", "application/json")
                .POST(chunked(analyzeBody)).build()));
        attacks.add(new Attack("PATCH /articles/anything-N (article service)", () -> base(o.article + "/articles/anything-"
                + COUNTER.incrementAndGet()).method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build()));
        attacks.add(new Attack("PATCH /entities/anything-N (entity service)", () -> base(o.entity + "/entities/anything-"
                + COUNTER.incrementAndGet() + "/x").method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build()));
        attacks.add(new Attack("GET /anything-N (gateway)", () -> base(o.gateway + "/anything-" + COUNTER.incrementAndGet()).GET().build()));
    }

    private void graphql(String name, String url, String body) {
        attacks.add(new Attack(name, () -> base(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    private static HttpRequest.Builder base(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    /** A body of unknown length: the JDK client sends it chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(bytes));
    }

    void start(int count) {
        running = true;
        startNanos = System.nanoTime();
        for (int t = 0; t < count; t++) {
            int thread = t;
            Thread th = new Thread(() -> loop(thread), "attacker-" + t);
            threads.add(th);
            th.start();
        }
    }

    void stopAndJoin() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join();
        }
        elapsedNanos = System.nanoTime() - startNanos;
    }

    private void loop(int thread) {
        String address = "10.66.0." + (thread % addresses + 1);
        int i = thread * 7; // threads start at different attacks
        while (running) {
            Attack attack = attacks.get(i++ % attacks.size());
            HttpRequest r = attack.request().get();
            HttpRequest request = HttpRequest.newBuilder(r, (n, v) -> true).header("X-Forwarded-For", address).build();
            String status;
            String code = "-";
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = Integer.toString(answer.statusCode());
                Matcher m = GRAPHQL_CODE.matcher(answer.body());
                if (m.find()) {
                    code = m.group(1);
                } else if ((m = PROBLEM_TYPE.matcher(answer.body())).find()) {
                    code = m.group(1);
                } else if (answer.body().isEmpty()) {
                    code = "(empty body)";
                } else if (answer.body().startsWith("{\"data\"")) {
                    code = "(data, no error)";
                } else {
                    code = "(" + answer.headers().firstValue("Content-Type").orElse("no type") + ")";
                }
            } catch (Exception e) {
                status = "no answer";
                code = e.getClass().getSimpleName();
            }
            long took = System.nanoTime() - t0;
            synchronized (this) {
                long[] o = outcomes.computeIfAbsent(attack.name() + "\t" + status + "\t" + code, k -> new long[2]);
                o[0]++;
                o[1] = Math.max(o[1], took);
                requests++;
                if (took > maxNanos) {
                    maxNanos = took;
                    slowest = attack.name();
                }
            }
        }
    }

    synchronized void report() {
        outcomes.forEach((key, o) -> System.out.printf(Locale.ROOT, "attack\t%s\t%d\t%.3f%n", key, o[0], o[1] / 1e6));
        System.out.printf(Locale.ROOT, "attacker\tall\t%d\t%.2f\t%.3f\t%s%n", requests, elapsedNanos / 1e9, maxNanos / 1e6, slowest);
    }
}

final class Options {
    String gateway;
    String article;
    String entity;
    int clients = 8;
    double seconds = 60;
    double warmup = 10;
    int attackers = 0;
    int attackerAddresses = 2;

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
                case "--clients" -> o.clients = Integer.parseInt(v);
                case "--seconds" -> o.seconds = Double.parseDouble(v);
                case "--warmup-seconds" -> o.warmup = Double.parseDouble(v);
                case "--attackers" -> o.attackers = Integer.parseInt(v);
                case "--attacker-addresses" -> o.attackerAddresses = Integer.parseInt(v);
                default -> throw usage("unknown option " + args[i]);
            }
        }
        if (o.gateway == null || o.article == null || o.entity == null) {
            throw usage("--gateway, --article and --entity are required");
        }
        if (o.clients < 1 || o.attackerAddresses < 1 || o.attackers < 0) {
            throw usage("--clients and --attacker-addresses must be at least 1, --attackers at least 0");
        }
        return o;
    }

    private static IllegalArgumentException usage(String why) {
        return new IllegalArgumentException(why + "; usage: java SoakDriver.java --gateway URL --article URL --entity URL"
                + " [--clients 8] [--seconds 60] [--warmup-seconds 10] [--attackers 0] [--attacker-addresses 2]");
    }
}

package dev.newsgraph.gateway.stubs;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.newsgraph.commons.problem.Problem;

/**
 * A small HTTP server standing in for a Newsgraph service in gateway tests: routes by method and path
 * template, counts every call per route, records request headers, and can be stopped (connections
 * refused), made to fail (503) or made slow, then brought back.
 */
public abstract class StubServer {

    protected static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final List<Route> routes = new ArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> lastQueries = new ConcurrentHashMap<>();
    private final List<Map<String, String>> writeHeaders = Collections.synchronizedList(new ArrayList<>());
    private final List<Object> writeBodies = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService executor = Executors.newCachedThreadPool();
    /** Requests being answered right now by any stub, and the most seen at once since the last reset. */
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();
    private HttpServer server;
    private int port;
    private volatile boolean failing;
    private volatile boolean garbled;
    private volatile Duration delay = Duration.ZERO;

    /** A request as a route sees it. */
    public record Request(HttpExchange exchange, Map<String, String> path, Map<String, List<String>> query, String body) {

        public String param(String name) {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** A parameter given comma-separated or repeated. */
        public List<String> list(String name) {
            List<String> values = new ArrayList<>();
            for (String value : query.getOrDefault(name, List.of())) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            }
            return values;
        }

        public String header(String name) {
            return exchange.getRequestHeaders().getFirst(name);
        }
    }

    /** A response: status, content type, body (already serialised). */
    public record Response(int status, String contentType, String body) {
    }

    @FunctionalInterface
    protected interface Handler {
        Response handle(Request request) throws IOException;
    }

    private record Route(String method, Pattern pattern, List<String> names, String template, Handler handler) {
    }

    protected void route(String method, String template, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, Pattern.compile(regex.toString()), names, template, handler));
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start stub", e);
        }
        port = server.getAddress().getPort();
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Stops listening: calls are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public void shutdown() {
        stop();
        executor.shutdownNow();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Answer every call with 503 while true. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    /** Answer every call with 200 and a body that is not JSON while true. */
    public void garbled(boolean garbled) {
        this.garbled = garbled;
    }

    /** Delay every answer by this much. */
    public void slow(Duration delay) {
        this.delay = delay;
    }

    /** Back to normal: started, healthy, fast, counters and recorded headers cleared. */
    public synchronized void reset() {
        failing = false;
        garbled = false;
        delay = Duration.ZERO;
        if (server == null) {
            start();
        }
        calls.clear();
        MOST_IN_FLIGHT.set(0);
        lastQueries.clear();
        writeHeaders.clear();
        writeBodies.clear();
    }

    /** How many calls the route (e.g. {@code GET /articles/{id}}) received since the last reset. */
    public int calls(String route) {
        AtomicInteger count = calls.get(route);
        return count == null ? 0 : count.get();
    }

    /** The most requests any stubs were answering at the same moment since the last reset. */
    public static int mostInFlight() {
        return MOST_IN_FLIGHT.get();
    }

    /** The query parameters (first value of each) of the last call of the route. */
    public Map<String, String> lastQuery(String route) {
        return lastQueries.getOrDefault(route, Map.of());
    }

    /** Calls per route, for assertion messages. */
    public Map<String, Integer> allCalls() {
        Map<String, Integer> copy = new LinkedHashMap<>();
        calls.forEach((route, count) -> copy.put(route, count.get()));
        return copy;
    }

    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Bodies of the write requests (non-GET) received, parsed when JSON, in order. */
    public List<Object> writeBodies() {
        return List.copyOf(writeBodies);
    }

    /** Headers of the write requests (non-GET) received, in order. */
    public List<Map<String, String>> writeHeaders() {
        return List.copyOf(writeHeaders);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            for (Route route : routes) {
                Matcher m = route.pattern().matcher(path);
                if (route.method().equals(method) && m.matches()) {
                    String key = method + " " + route.template();
                    calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                    if (!"GET".equals(method)) {
                        Map<String, String> headers = new LinkedHashMap<>();
                        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                        writeHeaders.add(headers);
                    }
                    MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
                    try {
                        pause();
                    } finally {
                        IN_FLIGHT.decrementAndGet();
                    }
                    if (failing) {
                        send(exchange, problem(503, "unavailable", "Stub switched to failing"));
                        return;
                    }
                    if (garbled) {
                        send(exchange, new Response(200, "application/json", "{\"items\": [tru"));
                        return;
                    }
                    Map<String, String> params = new LinkedHashMap<>();
                    for (int i = 0; i < route.names().size(); i++) {
                        params.put(route.names().get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
                    }
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    Request request = new Request(exchange, params, query(exchange.getRequestURI().getRawQuery()), body);
                    if (!"GET".equals(method)) {
                        writeBodies.add(body.startsWith("{") ? JSON.readValue(body, Map.class) : body);
                    }
                    Map<String, String> firstValues = new LinkedHashMap<>();
                    request.query().forEach((name, values) -> firstValues.put(name, values.get(0)));
                    lastQueries.put(key, firstValues);
                    Response response = route.handler().handle(request);
                    if (response != null) {
                        send(exchange, response);
                    }
                    return;
                }
            }
            send(exchange, problem(404, "not-found", "No route " + method + " " + path));
        }
    }

    private void pause() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    protected static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    protected static Response json(int status, Object body) throws IOException {
        return new Response(status, "application/json", JSON.writeValueAsString(body));
    }

    protected static Response ok(Object body) throws IOException {
        return json(200, body);
    }

    protected static Response problem(int status, String slug, String detail) throws IOException {
        return problem(Problem.of(status, slug, slug.replace('-', ' '), detail));
    }

    protected static Response problem(Problem problem) throws IOException {
        return new Response(problem.status(), Problem.MEDIA_TYPE, JSON.writeValueAsString(problem));
    }

    /** Checks the bearer token as the services do, but only for presence: the gateway verified it. */
    protected static Response requireBearer(Request request) throws IOException {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return problem(401, "unauthorized", "A bearer token is required");
        }
        return null;
    }
}

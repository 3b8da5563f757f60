import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load driver of the peer comparison (bench/peer/run): one GraphQL operation through two
 * gateways, ours and Hive Gateway, at each concurrency in the same run, alternating (x, y, then y, x)
 * after a warm-up of both, like bench/gateway/LoadDriver.java. Each side also names the processes
 * that serve it, and their CPU time (utime + stime from /proc) over its measured runs gives the
 * gateway's CPU per operation. Every latency is kept: percentiles are exact (nearest rank).
 *
 * <pre>
 * java PeerDriver.java --side NAME=URL=BODY-FILE=PID[,PID...] --side ... [--concurrency 1,8,32,64]
 *     [--warmup-seconds 5] [--seconds 10] [--rounds 2] [--clock-ticks 100]
 * </pre>
 *
 * Prints one tab-separated line per concurrency and side on stdout:
 * {@code concurrency side operations errors seconds ops_per_s p50_ms p99_ms cpu_ms_per_op}; progress on stderr.
 */
public class PeerDriver {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Side> sides = new ArrayList<>();
        for (String spec : options.sides) {
            sides.add(Side.parse(spec, http));
        }
        for (Side side : sides) {
            side.run();
            System.err.printf("%s answers without errors%n", side.name);
        }
        for (int concurrency : options.concurrency) {
            for (Side side : sides) {
                new ClosedLoop(side, concurrency).run(options.warmup / sides.size());
            }
            List<Samples> measured = new ArrayList<>();
            sides.forEach(s -> measured.add(new Samples()));
            for (int round = 0; round < options.rounds; round++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < sides.size(); i++) {
                    order.add(i);
                }
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (int i : order) {
                    Side side = sides.get(i);
                    long cpuBefore = side.cpuTicks(options.clockTicks);
                    Samples samples = new ClosedLoop(side, concurrency).run(options.duration);
                    samples.cpuTicks = side.cpuTicks(options.clockTicks) - cpuBefore;
                    System.err.printf("c=%d round %d %s: %s%n", concurrency, round + 1, side.name, samples.summary(options.clockTicks));
                    measured.get(i).add(samples);
                }
            }
            for (int i = 0; i < sides.size(); i++) {
                System.out.printf("%d\t%s\t%s%n", concurrency, sides.get(i).name, measured.get(i).tsv(options.clockTicks));
            }
            System.out.flush();
        }
    }
}

/** One gateway: the operation POSTed to it, and the processes whose CPU time it uses. */
final class Side {
    final String name;
    private final HttpClient http;
    private final HttpRequest request;
    private final long[] pids;

    private Side(String name, HttpClient http, HttpRequest request, long[] pids) {
        this.name = name;
        this.http = http;
        this.request = request;
        this.pids = pids;
    }

    static Side parse(String spec, HttpClient http) throws IOException {
        String[] parts = spec.split("=", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("--side takes NAME=URL=BODY-FILE=PID[,PID...], was " + spec);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(parts[1]))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of(parts[2]))))
                .build();
        return new Side(parts[0], http, request, Arrays.stream(parts[3].split(",")).mapToLong(Long::parseLong).toArray());
    }

    /** Throws unless the answer is HTTP 200 with data and no errors (a partial answer is not the data). */
    void run() throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        if (response.statusCode() != 200 || !body.startsWith("{\"data\"") || body.contains("\"errors\":")) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + ": "
                    + (body.length() <= 300 ? body : body.substring(0, 300) + "..."));
        }
    }

    /** utime + stime of the side's processes, in clock ticks (/proc/PID/stat fields 14 and 15). */
    long cpuTicks(long clockTicks) throws IOException {
        long ticks = 0;
        for (long pid : pids) {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
        return ticks;
    }
}

/** N workers each running the operation back to back until the deadline (a closed loop). */
final class ClosedLoop {
    private final Side side;
    private final int workers;

    ClosedLoop(Side side, int workers) {
        this.side = side;
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
        return new Samples(latencies, errors.get(), System.nanoTime() - start);
    }

    private long[] loop(long deadline, AtomicLong errors) {
        long[] own = new long[1024];
        int n = 0;
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            try {
                side.run();
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

/** Latencies (ns) of successful operations, errors, measured time and CPU ticks; exact nearest-rank percentiles. */
final class Samples {
    private long[] latencies = new long[0];
    private long errors;
    private long elapsedNanos;
    long cpuTicks;

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
        cpuTicks += other.cpuTicks;
    }

    double throughput() {
        return latencies.length / (elapsedNanos / 1e9);
    }

    double cpuMillisPerOperation(long clockTicks) {
        return latencies.length == 0 ? Double.NaN : cpuTicks * 1000.0 / clockTicks / latencies.length;
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

    String summary(long clockTicks) {
        return String.format(Locale.ROOT, "%d ops, %d errors, %.1f ops/s, p50 %.2f ms, p99 %.2f ms, CPU %.2f ms/op",
                latencies.length, errors, throughput(), percentileMillis(50), percentileMillis(99), cpuMillisPerOperation(clockTicks));
    }

    String tsv(long clockTicks) {
        return String.format(Locale.ROOT, "%d\t%d\t%.2f\t%.2f\t%.3f\t%.3f\t%.3f", latencies.length, errors,
                elapsedNanos / 1e9, throughput(), percentileMillis(50), percentileMillis(99), cpuMillisPerOperation(clockTicks));
    }
}

final class Options {
    final List<String> sides = new ArrayList<>();
    int[] concurrency = {1, 8, 32, 64};
    double warmup = 5;
    double duration = 10;
    int rounds = 2;
    long clockTicks = 100;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw usage("missing value of " + args[i]);
            }
            String v = args[i + 1];
            switch (args[i]) {
                case "--side" -> o.sides.add(v);
                case "--concurrency" -> o.concurrency = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--warmup-seconds" -> o.warmup = Double.parseDouble(v);
                case "--seconds" -> o.duration = Double.parseDouble(v);
                case "--rounds" -> o.rounds = Integer.parseInt(v);
                case "--clock-ticks" -> o.clockTicks = Long.parseLong(v);
                default -> throw usage("unknown option " + args[i]);
            }
        }
        if (o.sides.size() < 2) {
            throw usage("two --side options are needed");
        }
        return o;
    }

    private static IllegalArgumentException usage(String why) {
        return new IllegalArgumentException(why + "; usage: java PeerDriver.java --side NAME=URL=BODY-FILE=PID[,PID...] --side ..."
                + " [--concurrency 1,8,32,64] [--warmup-seconds 5] [--seconds 10] [--rounds 2] [--clock-ticks 100]");
    }
}

package dev.newsgraph.gateway.limits;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A budget of cost points per client over time (a token bucket per client): each operation spends
 * its cost; the budget refills at {@code pointsPerMinute} up to one minute's worth. An operation the
 * budget cannot pay for is refused, with the seconds until it could be. Bounded: the clients seen
 * least recently are forgotten first (a forgotten client starts again with a full budget).
 */
public final class ClientBudgets {

    private static final int MAX_CLIENTS = 50_000;

    private final long pointsPerMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    });

    public ClientBudgets(long pointsPerMinute, LongSupplier nanoTime) {
        this.pointsPerMinute = pointsPerMinute;
        this.nanoTime = nanoTime;
    }

    /** What spending came to: whether it was allowed, the points left, and when to retry if not. */
    public record Spending(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    public Spending spend(String client, long cost) {
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(pointsPerMinute, nanoTime.getAsLong()));
        synchronized (bucket) {
            refill(bucket);
            if (cost > pointsPerMinute) {
                return new Spending(false, (long) bucket.points, 60);
            }
            if (bucket.points < cost) {
                long seconds = (long) Math.ceil((cost - bucket.points) / pointsPerMinute * 60);
                return new Spending(false, (long) bucket.points, Math.max(1, seconds));
            }
            bucket.points -= cost;
            return new Spending(true, (long) bucket.points, 0);
        }
    }

    /**
     * Takes {@code points} from the client's budget for a request refused before it ran (reading and
     * checking it still cost the gateway). The budget may go into debt, down to minus one minute's worth:
     * stopping at empty would let a refill of one point admit the next bad request a fraction of a
     * millisecond later, so refused requests would never be limited. A client in debt is turned away
     * unread until the refill has paid the debt off.
     */
    public void charge(String client, long points) {
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(pointsPerMinute, nanoTime.getAsLong()));
        synchronized (bucket) {
            refill(bucket);
            bucket.points = Math.max(-pointsPerMinute, bucket.points - points);
        }
    }

    /** Whether the client's budget is spent (less than one point, or in debt): then it is refused before its request is read. */
    public Spending check(String client) {
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            return new Spending(true, pointsPerMinute, 0);
        }
        synchronized (bucket) {
            refill(bucket);
            if (bucket.points >= 1) {
                return new Spending(true, (long) bucket.points, 0);
            }
            return new Spending(false, 0, Math.max(1, (long) Math.ceil((1 - bucket.points) / pointsPerMinute * 60)));
        }
    }

    private void refill(Bucket bucket) {
        long now = nanoTime.getAsLong();
        bucket.points = Math.min(pointsPerMinute, bucket.points + (now - bucket.at) / 60e9 * pointsPerMinute);
        bucket.at = now;
    }

    private static final class Bucket {
        double points;
        long at;

        Bucket(double points, long at) {
            this.points = points;
            this.at = at;
        }
    }
}

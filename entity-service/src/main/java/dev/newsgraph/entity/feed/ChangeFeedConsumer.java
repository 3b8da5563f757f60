package dev.newsgraph.entity.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.entity.analysis.AnalysisExecutor;
import dev.newsgraph.entity.feed.ArticleServiceClient.Article;
import dev.newsgraph.entity.feed.ArticleServiceClient.ArticleBatch;
import dev.newsgraph.entity.feed.ArticleServiceClient.EventPage;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Follows the article service's change feed. One coordinator thread records new events, claims due
 * articles up to the parallelism limit (above the pool's thread count, so the next articles wait fetched
 * in the pool's queue), fetches them in one batch and hands them to the analysis pool.
 * It runs every {@code poll-interval} (sub-second, for low latency: the Quarkus scheduler ticks at most
 * once a second, so it only serves as the heartbeat that keeps the loop alive) and whenever an analysis
 * finishes. While the article service (or the database) does not answer, the coordinator pauses with
 * exponential back-off, then catches up from the stored cursor. An analysis that could not even record
 * its failure (the database was away) gives its claim back as soon as the database answers again,
 * rather than holding the article until the lease ends.
 */
@ApplicationScoped
public class ChangeFeedConsumer {

    private static final Logger LOG = Logger.getLogger(ChangeFeedConsumer.class);

    @Inject
    @RestClient
    ArticleServiceClient articleService;

    @Inject
    AnalysisJobs jobs;

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    AnalysisExecutor executor;

    @Inject
    FeedConfig config;

    /** Identifies this instance's claims. */
    private final UUID token = UUID.randomUUID();
    private final ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "entity-feed-coordinator");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicBoolean pollScheduled = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Articles still claimed by this instance whose analysis ended without recording any outcome. */
    private final Set<UUID> abandoned = ConcurrentHashMap.newKeySet();
    private volatile Instant pausedUntil = Instant.EPOCH;
    private Duration outageBackoff;
    private Instant nextPoll = Instant.EPOCH;

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        if (config.enabled()) {
            wake();
        }
    }

    /** Whether the consumer is pausing because the article service did not answer. */
    public boolean isBackingOff() {
        return Instant.now().isBefore(pausedUntil);
    }

    private void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            coordinator.execute(this::run);
        }
    }

    private void run() {
        wakeQueued.set(false);
        try {
            if (!isBackingOff()) {
                consume();
            }
        } finally {
            if (pollScheduled.compareAndSet(false, true)) {
                coordinator.schedule(() -> {
                    pollScheduled.set(false);
                    wake();
                }, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void consume() {
        try {
            releaseAbandoned();
            // a finished analysis wakes the loop to dispatch the next article; the feed itself is read
            // once per poll interval, not once per article
            Instant now = Instant.now();
            if (!now.isBefore(nextPoll)) {
                poll();
                nextPoll = now.plus(config.pollInterval());
            }
            dispatch();
            if (outageBackoff != null) {
                LOG.infof("Article service answers again; caught up to event %d", jobs.cursor());
                outageBackoff = null;
            }
        } catch (RuntimeException e) {
            outageBackoff = outageBackoff == null ? config.outageBackoffInitial()
                    : min(outageBackoff.multipliedBy(2), config.outageBackoffMax());
            pausedUntil = Instant.now().plus(outageBackoff);
            LOG.warnf("Change feed paused for %s: %s", outageBackoff, e.toString());
        }
    }

    private void poll() {
        while (true) {
            EventPage page = articleService.events(jobs.cursor(), config.batchSize());
            if (page.events() == null || page.events().isEmpty()) {
                return;
            }
            jobs.record(page);
            if (page.events().size() < config.batchSize()) {
                return;
            }
        }
    }

    private void dispatch() {
        int free = config.parallelism() - inFlight.get();
        while (free > 0) {
            List<UUID> claimed = jobs.claim(free, token);
            if (claimed.isEmpty()) {
                return;
            }
            Map<UUID, Article> articles;
            try {
                articles = fetch(claimed);
            } catch (RuntimeException e) {
                jobs.release(claimed, token);
                throw e;
            }
            for (UUID id : claimed) {
                Article article = articles.get(id);
                if (article == null) {
                    // a delete event will follow; until then the article is retried with back-off
                    jobs.fail(id, 0, token, "The article service does not know this article");
                    continue;
                }
                if (!submit(article)) {
                    jobs.release(claimed.subList(claimed.indexOf(id), claimed.size()), token);
                    return;
                }
            }
            free = config.parallelism() - inFlight.get();
        }
    }

    private boolean submit(Article article) {
        inFlight.incrementAndGet();
        try {
            executor.submit(() -> {
                analyzer.analyze(article, token);
                return article.id();
            }).whenComplete((done, error) -> {
                inFlight.decrementAndGet();
                if (error != null) {
                    abandoned.add(article.id());
                    LOG.errorf(error, "Analysis task of article %s ended abnormally; its claim is given back", article.id());
                }
                wake();
            });
            return true;
        } catch (ProblemException busy) {
            // the pool is full of /analyze requests: try again on the next tick
            inFlight.decrementAndGet();
            return false;
        }
    }

    private void releaseAbandoned() {
        if (!abandoned.isEmpty()) {
            List<UUID> ids = List.copyOf(abandoned);
            jobs.release(ids, token);
            ids.forEach(abandoned::remove);
        }
    }

    private Map<UUID, Article> fetch(List<UUID> ids) {
        ArticleBatch batch = articleService.articles(ids.stream().map(UUID::toString).collect(Collectors.joining(",")));
        Map<UUID, Article> byId = new HashMap<>();
        if (batch.items() != null) {
            batch.items().forEach(a -> byId.put(a.id(), a));
        }
        return byId;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Stops before the database goes away; claims of unfinished work return after their lease. */
    void stop(@Observes ShutdownEvent shutdown) {
        coordinator.shutdownNow();
    }
}

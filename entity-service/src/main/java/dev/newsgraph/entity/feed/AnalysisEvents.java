package dev.newsgraph.entity.feed;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Fans finished analyses out to every stream subscriber of this instance; nothing is kept for late subscribers. */
@ApplicationScoped
public class AnalysisEvents {

    private final BroadcastProcessor<AnalysisFinished> processor = BroadcastProcessor.create();

    /** Publishes after the analysis committed; serialised because a processor takes one signal at a time. */
    public synchronized void publish(AnalysisFinished event) {
        processor.onNext(event);
    }

    public Multi<AnalysisFinished> stream() {
        return processor;
    }
}

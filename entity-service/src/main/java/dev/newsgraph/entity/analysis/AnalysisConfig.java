package dev.newsgraph.entity.analysis;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Recognition work: how many threads, how much may wait, what {@code /analyze} may take. */
@ConfigMapping(prefix = "newsgraph.entity.analysis")
public interface AnalysisConfig {

    /** Threads running the recogniser (it is CPU-bound: about one per core). */
    @WithDefault("2")
    int threads();

    /** Texts that may wait for a thread before new work is refused. */
    @WithDefault("64")
    int queueCapacity();

    /**
     * Recognitions {@code POST /analyze} runs at once, on threads of its own (never the feed's); a request
     * beyond them is refused with 429 and Retry-After.
     */
    @WithDefault("1")
    @Min(1)
    int analyzeConcurrency();

    /** The longest text {@code POST /analyze} accepts, in characters. */
    @WithDefault("200000")
    int maxTextChars();
}

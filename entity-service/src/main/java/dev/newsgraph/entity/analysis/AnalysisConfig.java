package dev.newsgraph.entity.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Recognition work: how many threads, how much may wait, how long a text {@code /analyze} accepts. */
@ConfigMapping(prefix = "newsgraph.entity.analysis")
public interface AnalysisConfig {

    /** Threads running the recogniser (it is CPU-bound: about one per core). */
    @WithDefault("2")
    int threads();

    /** Texts that may wait for a thread before new work is refused. */
    @WithDefault("64")
    int queueCapacity();

    /** The longest text {@code POST /analyze} accepts, in characters. */
    @WithDefault("200000")
    int maxTextChars();
}

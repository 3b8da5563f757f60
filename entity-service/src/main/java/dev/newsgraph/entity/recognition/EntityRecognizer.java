package dev.newsgraph.entity.recognition;

/**
 * Finds the names of people, organisations, places and other things in raw text. The project's own
 * seam: the rest of the service depends on this, never on CoreNLP, so another recogniser can replace it.
 * Implementations are safe to call from many threads at once.
 */
public interface EntityRecognizer {

    Recognition recognize(String text);

    /** Identifies the recogniser and its model; stored with every analysis so results can be traced. */
    String version();
}

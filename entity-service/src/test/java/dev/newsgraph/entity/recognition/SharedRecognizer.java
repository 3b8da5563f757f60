package dev.newsgraph.entity.recognition;

/** One NewsRecognizer for all tests: loading the NER models and lexicon takes seconds, and the instance is thread-safe. */
public final class SharedRecognizer {

    private SharedRecognizer() {
    }

    public static NewsRecognizer news() {
        return Holder.NEWS;
    }

    private static final class Holder {
        private static final NewsRecognizer NEWS = new NewsRecognizer();
    }
}

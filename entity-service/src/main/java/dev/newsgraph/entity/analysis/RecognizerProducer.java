package dev.newsgraph.entity.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import dev.newsgraph.entity.recognition.NewsRecognizer;
import dev.newsgraph.entity.recognition.EntityRecognizer;
import io.quarkus.runtime.Startup;

/** Builds the recogniser once, at start-up: loading the NER models and lexicon takes seconds and it is shared by all threads. */
public class RecognizerProducer {

    private static final Logger LOG = Logger.getLogger(RecognizerProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    EntityRecognizer recognizer() {
        long started = System.nanoTime();
        EntityRecognizer recognizer = new NewsRecognizer();
        LOG.infof("Loaded recogniser %s in %d ms", recognizer.version(), (System.nanoTime() - started) / 1_000_000);
        return recognizer;
    }
}

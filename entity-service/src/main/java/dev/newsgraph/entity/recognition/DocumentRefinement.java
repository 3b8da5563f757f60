package dev.newsgraph.entity.recognition;

/** One document-level correction of the tagger's mentions. Implementations hold no per-call state. */
interface DocumentRefinement {

    void refine(TaggedDocument document);
}

package dev.newsgraph.gateway.execution;

/**
 * A record that may already hold the value of one of its batched fields, e.g. an edge of a list whose
 * page carried its articles. {@link FieldFetchers} answers such a field from the record and leaves the
 * batch only the records that do not hold it: SmallRye builds a request context, selected fields
 * included, for every object it hands a batch.
 */
public interface PrefetchedFields {

    /** The value of the batched field, or null when this record does not hold it. */
    Object prefetched(String field);
}

package dev.newsgraph.entity.api;

import java.util.List;

/** A batch lookup's answer: what was found, in the order requested, and the ids that were not. */
public record BatchResult<T>(List<T> items, List<String> missing) {
}

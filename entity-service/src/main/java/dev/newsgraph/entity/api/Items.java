package dev.newsgraph.entity.api;

import java.util.List;

/** A list answer that is not paginated. */
public record Items<T>(List<T> items) {
}

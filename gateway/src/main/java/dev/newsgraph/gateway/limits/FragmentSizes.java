package dev.newsgraph.gateway.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.language.Document;
import graphql.language.FragmentDefinition;

/**
 * A measure of a document's fragments, each computed once however often it is spread, so measuring
 * an operation costs time linear in the document's length. Unknown and cyclic spreads measure
 * {@code none}: validation refuses them.
 */
final class FragmentSizes<T> {

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, T> known = new HashMap<>();
    private final Set<String> measuring = new HashSet<>();
    private final T none;

    FragmentSizes(Document document, T none) {
        this.none = none;
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
    }

    T of(String name, Function<FragmentDefinition, T> measure) {
        T size = known.get(name);
        if (size != null) {
            return size;
        }
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null || !measuring.add(name)) {
            return none;
        }
        size = measure.apply(fragment);
        measuring.remove(name);
        known.put(name, size);
        return size;
    }
}

package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("NameMatch")
@Description("How `EntityFilter.name` is compared with entity names and aliases.")
public enum NameMatch {
    @Description("Names or aliases starting with the given text, ignoring case.")
    PREFIX,
    @Description("Names or aliases similar to the given text, tolerating typos.")
    FUZZY
}

package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EntityOrder")
@Description("How a list of entities is ordered.")
public enum EntityOrder {
    @Description("Most mentioned first.")
    MENTIONS,
    @Description("Alphabetically by name.")
    NAME
}

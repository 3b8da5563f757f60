package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EntityType")
@Description("The kind of a named entity (the four CoNLL classes).")
public enum EntityType {
    @Description("A person, e.g. `Vladimir Putin`.")
    PERSON,
    @Description("A company, institution, team or other organisation, e.g. `Reuters`.")
    ORGANIZATION,
    @Description("A place: country, city, region, landmark, e.g. `Kyiv`.")
    LOCATION,
    @Description("Any other named thing: events, nationalities, works, products, e.g. `Olympics`.")
    MISC
}

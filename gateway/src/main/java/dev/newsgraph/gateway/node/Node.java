package dev.newsgraph.gateway.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay's global object identification: every object with an id can be fetched again by that id
 * alone through {@code Query.node}. Newsgraph's ids are random UUIDs issued by the service owning the
 * object, so an id is unique across all types without a type prefix.
 */
@Interface("Node")
@Description("An object with a globally unique id, which `Query.node` fetches again (Relay global object identification).")
public interface Node {

    @Name("id")
    @Id
    @NonNull
    @Description("The object's id, unique across all types; opaque to clients.")
    String id();
}

package dev.newsgraph.gateway.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway serves GraphQL over HTTP. */
@ConfigMapping(prefix = "newsgraph.gateway.http")
public interface GraphQLHttpConfig {

    /** Answers of at least this many bytes are compressed for clients that accept it (gzip, br, deflate). */
    @WithDefault("1024")
    int compressionMinBytes();

    /** Most documents remembered for Apollo automatic persisted queries (least recently used forgotten first). */
    @WithDefault("2000")
    int persistedQueriesMaxDocuments();
}

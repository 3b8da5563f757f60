package dev.newsgraph.article.hostile;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.newsgraph.article.search.SearchTimeout;

/** Test only: a statement slower than any search timeout, run the way a search runs. */
@Path("/test/slow-search")
public class SlowStatementResource {

    @Inject
    SearchTimeout timeout;

    @Inject
    EntityManager em;

    @GET
    public String slow() {
        return timeout.within(() -> String.valueOf(em.createNativeQuery("SELECT pg_sleep(30)").getSingleResult()));
    }
}

package dev.newsgraph.entity.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.entity.api.BatchResult;
import dev.newsgraph.commons.batch.IdList;

/** The analysis state of articles, and re-analysis on an editor's request. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    @Inject
    AnalysisJobs jobs;

    @GET
    @Path("/{id}/analysis")
    public AnalysisStatus status(@PathParam("id") String id) {
        UUID articleId = IdList.one(id, "article");
        AnalysisStatus status = jobs.statuses(List.of(articleId)).get(articleId);
        if (status == null) {
            throw ProblemException.notFound("No article " + articleId + " has reached the entity service");
        }
        return status;
    }

    @GET
    @Path("/analysis")
    public BatchResult<AnalysisStatus> statuses(@QueryParam("ids") List<String> ids) {
        List<UUID> requested = IdList.parse(ids, "ids");
        Map<UUID, AnalysisStatus> found = jobs.statuses(requested);
        List<AnalysisStatus> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (UUID id : requested) {
            AnalysisStatus status = found.get(id);
            if (status == null) {
                missing.add(id.toString());
            } else {
                items.add(status);
            }
        }
        return new BatchResult<>(items, missing);
    }

    @POST
    @Path("/{id}/reanalyze")
    @RolesAllowed("editor")
    public Response reanalyze(@PathParam("id") String id) {
        return Response.accepted(jobs.reanalyze(IdList.one(id, "article"))).build();
    }
}

package dev.newsgraph.gateway.analysis;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("AnalysisStatus")
@Description("Where entity recognition stands for an article.")
public enum AnalysisStatus {
    @Description("The article (or its latest version) is waiting to be analysed.")
    PENDING,
    @Description("The latest analysed version's entities are available.")
    DONE,
    @Description("Analysis failed; see `error`.")
    FAILED
}

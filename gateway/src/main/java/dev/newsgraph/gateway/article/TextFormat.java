package dev.newsgraph.gateway.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TextFormat")
@Description("How the text given to `ingestText` is written.")
public enum TextFormat {
    @Description("Plain text: the first line is the headline, blank lines separate paragraphs.")
    PLAIN,
    @Description("Markdown: a leading `#` heading is the headline, `##` headings open sections.")
    MARKDOWN
}

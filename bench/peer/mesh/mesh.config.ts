// GraphQL Mesh composition of the article and entity services (bench/peer): each subgraph is generated
// from the service's own OpenAPI document (/q/openapi, saved by bench/peer/run into PEER_WORK), and the
// links between them that Newsgraph's gateway has are declared below with @resolveTo. The batched links
// (keysArg) send one request for all the parents of a list, as our gateway's batch loaders do.
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const work = process.env.PEER_WORK;
if (!work || !process.env.ARTICLE_URL || !process.env.ENTITY_URL) {
  throw new Error('PEER_WORK, ARTICLE_URL and ENTITY_URL must be set (bench/peer/run sets them)');
}

// an article (or a list of article ids) from the article service's batch lookup, GET /articles?ids=
const articleByIdOf = (keyField: string) => `@resolveTo(
    sourceName: "Articles", sourceTypeName: "Query", sourceFieldName: "articles",
    keyField: "${keyField}", keysArg: "ids", valueKeyField: "id", result: "items",
    additionalArgs: { body: "false" })`;

export const composeConfig = defineConfig({
  output: `${work}/supergraph.graphql`,
  subgraphs: [
    { sourceHandler: loadOpenAPISubgraph('Articles', { source: `${work}/article.json`, endpoint: process.env.ARTICLE_URL }) },
    { sourceHandler: loadOpenAPISubgraph('Entities', { source: `${work}/entity.json`, endpoint: process.env.ENTITY_URL }) },
  ],
  additionalTypeDefs: /* GraphQL */ `
    extend type ArticleView {
      "The article's entities, most salient first: GET /articles/entities?ids= for all the articles of the list at once."
      entities(first: Int, mentions: Boolean): ArticleEntities @resolveTo(
        sourceName: "Entities", sourceTypeName: "Query", sourceFieldName: "articles_entities",
        keyField: "id", keysArg: "ids", valueKeyField: "articleId", result: "items",
        additionalArgs: { limit: "{args.first}", mentions: "{args.mentions}" })
      "Articles sharing the most entities with this one: GET /articles/related?ids=."
      related(first: Int): ArticleRelated @resolveTo(
        sourceName: "Entities", sourceTypeName: "Query", sourceFieldName: "articles_related",
        keyField: "id", keysArg: "ids", valueKeyField: "articleId", result: "items",
        additionalArgs: { limit: "{args.first}" })
    }
    extend type RelatedArticle {
      article: ArticleView ${articleByIdOf('articleId')}
    }
    extend type ArticleRef {
      article: ArticleView ${articleByIdOf('articleId')}
    }
    extend type EntityView {
      "The articles mentioning the entity, newest first: GET /entities/{id}/articles."
      articles(first: Int): PageArticleRef @resolveTo(
        sourceName: "Entities", sourceTypeName: "Query", sourceFieldName: "entities_by_id_articles",
        requiredSelectionSet: "{ id }", sourceArgs: { id: "{root.id}", limit: "{args.first}" })
    }
  `,
});

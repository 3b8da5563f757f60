// An entity page paging through the articles that mention it: a connection on Entity.articles.
declare function graphql(strings: TemplateStringsArray): unknown;

export const entityArticlesQuery = graphql`
  query EntityArticlesQuery($id: ID!) {
    entity(id: $id) { ...EntityArticles_entity }
  }
`;

export const entityArticlesFragment = graphql`
  fragment EntityArticles_entity on Entity
  @argumentDefinitions(
    first: { type: "Int", defaultValue: 10 }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  ) {
    id
    name
    articles(first: $first, after: $after, last: $last, before: $before) @connection(key: "EntityArticles_articles") {
      edges { node { id ...ArticleCard_article } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

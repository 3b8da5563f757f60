// A Relay page listing articles: a bidirectional connection on Query.articles with @connection and a
// refetchable pagination fragment. Compiled by relay-compiler (relay-compiler.test.mjs), never run.
declare function graphql(strings: TemplateStringsArray): unknown;

export const articleListQuery = graphql`
  query ArticleListQuery {
    ...ArticleList_query
  }
`;

export const articleListFragment = graphql`
  fragment ArticleList_query on Query
  @refetchable(queryName: "ArticleListPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int", defaultValue: 10 }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  ) {
    articles(first: $first, after: $after, last: $last, before: $before) @connection(key: "ArticleList_articles") {
      totalCount
      edges { node { id ...ArticleCard_article } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

// An article card whose data can be refetched on its own through Query.node (the Node interface).
declare function graphql(strings: TemplateStringsArray): unknown;

export const articleCardFragment = graphql`
  fragment ArticleCard_article on Article @refetchable(queryName: "ArticleCardRefetchQuery") {
    id
    headline
    publishedAt
    entities(first: 3) { salience entity { id name type } }
  }
`;

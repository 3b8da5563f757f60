import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { editorToken } from './editor/editorToken';

/**
 * Where the gateway is: the page's own origin when the gateway serves the app, VITE_GATEWAY_URL when the
 * Vite dev server does (`VITE_GATEWAY_URL=http://127.0.0.1:8080 npm run dev`).
 */
function gatewayUrl(): URL {
  return new URL('/graphql', import.meta.env.VITE_GATEWAY_URL || window.location.origin);
}

/** Apollo Client with its defaults: queries and mutations over HTTP, subscriptions over graphql-ws. */
export function createApolloClient() {
  const url = gatewayUrl();
  const wsUrl = new URL(url);
  wsUrl.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';

  const withToken = new SetContextLink((prevContext) => {
    const token = editorToken.get();
    return token ? { headers: { ...prevContext.headers, Authorization: `Bearer ${token}` } } : {};
  });
  const http = new HttpLink({ uri: url.toString() });
  const ws = new GraphQLWsLink(createClient({ url: wsUrl.toString() }));

  return new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, withToken.concat(http)),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            articles: relayStylePagination(['filter']),
            search: relayStylePagination(['query', 'filter']),
          },
        },
        Entity: { fields: { articles: relayStylePagination() } },
      },
    }),
  });
}

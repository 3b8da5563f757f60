// Hive Gateway serving the Mesh composition (bench/peer). Everything not set here is Hive Gateway's
// default, as a team adopting it would start; bench/peer/run passes the port and the number of workers.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  supergraph: `${process.env.PEER_WORK}/supergraph.graphql`,
  host: '127.0.0.1',
});

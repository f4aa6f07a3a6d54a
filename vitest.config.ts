import { defineConfig } from 'vitest/config';

// Integration tests share one Neo4j, so test files run one after another. Unless NEO4J_URI points at
// a server of your own, the test run starts a local Neo4j on its own ports and data folder.
// TEST_NEO4J_BOLT_PORT / TEST_NEO4J_HTTP_PORT move it, so two checkouts can run their tests side by side.
const local = process.env.NEO4J_URI
  ? {}
  : {
      POLICY_GRAPH_NEO4J_HOME: '.neo4j/test',
      NEO4J_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT ?? '17687',
      NEO4J_HTTP_PORT: process.env.TEST_NEO4J_HTTP_PORT ?? '17474',
    };
// The API port of the browser tests (Neo4j Browser is told to fetch the guide from it): TEST_API_PORT,
// by default 3000 below the test Neo4j's HTTP port, so checkouts with their own ports do not collide.
const apiPort = process.env.TEST_API_PORT ?? String(Number(process.env.TEST_NEO4J_HTTP_PORT ?? '17474') - 3000);

export default defineConfig({
  test: {
    env: { ...local, PORT: apiPort },
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

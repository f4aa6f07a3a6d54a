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

export default defineConfig({
  // graphql ships a CommonJS and an ES module build; Node (and so Apollo) loads the CommonJS one,
  // Vite would give our sources the ES one, and graphql refuses schema objects of the other copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    env: local,
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

import { defineConfig } from 'vitest/config';

// Three projects: `unit` (no database, seconds), `static` (checks of the source itself: the ReDoS
// check of every regular expression) and `integration` (`*.int.test.ts`, against a real Neo4j that
// test/global-setup.ts starts, and the CLI as built in dist/). `npm test` runs all three.
// Integration tests share one Neo4j, so their files run one after another. Unless NEO4J_URI points at
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
  // graphql ships a CommonJS and an ES module build; Node (and so Apollo) loads the CommonJS one,
  // Vite would give our sources the ES one, and graphql refuses schema objects of the other copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Unit test files share their workers' modules (isolate: false): nodejieba's dictionaries and the
        // lexicons load once per worker instead of once per file, most of the tier's time otherwise.
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'test/regex-safety.test.ts'],
          isolate: false,
          // Vitest leaves one core free by default, so on a 2-core machine the unit files ran one at a
          // time; the heavy ones (adversarial inputs, gold sets) are independent and run side by side.
          maxWorkers: 2,
          // Projects with their own worker counts run one after another: unit, static, integration.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // Static checks of the source, not of its behaviour (every regular expression in src/ through
        // recheck, about a minute): run by `npm test` (and `npm run test:static`), kept out of the fast unit tier.
        test: { name: 'static', include: ['test/regex-safety.test.ts'], sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 2 },
          include: ['test/**/*.int.test.ts'],
          env: { ...local, PORT: apiPort },
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});

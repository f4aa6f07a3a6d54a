// The GraphQL IDE served at /graphql for browsers: GraphiQL from npm, bundled by the API itself
// (src/api/web-bundle.ts), so it needs nothing from outside this machine.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import examples from './examples.graphql';
import { exampleTabs } from './example-tabs.ts';

// A plain JSON POST to the API that served this page: Apollo's CSRF protection accepts it
// (content-type application/json), and nothing is fetched from anywhere else.
async function fetcher(params: unknown) {
  const res = await fetch(new URL('/graphql', location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json();
}

const tabs = exampleTabs(examples);
createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={tabs.map((query) => ({ query }))} defaultEditorToolsVisibility={false} />,
);

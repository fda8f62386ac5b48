import './workers.js';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

// The analyst question of the README, so the page opens on something that answers straight away.
const analystQuery = `# Which lessons touch social cohesion at neighbourhood level? (Run with Ctrl-Enter.)
query LessonsByConditionAndLevel($condition: ConditionKey!, $level: LevelKey!, $first: Int, $after: String) {
  lessons(where: { conditions: [$condition], levels: [$level] }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id key title summary scope
      conditions { key name } levels { key name } issues { key name } practices { key name } } }
  }
}
`;

const analystVariables = JSON.stringify({ condition: 'SOCIAL_COHESION', level: 'NEIGHBOURHOOD', first: 20 }, null, 2);

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={analystQuery} initialQuery={analystQuery} initialVariables={analystVariables} defaultEditorToolsVisibility="variables" />,
);

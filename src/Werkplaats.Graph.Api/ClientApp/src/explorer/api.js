// The one way the explorer talks to the API: a GraphQL POST to /graphql on the same origin.

/** An error the API answered with; `code` is its stable extensions.code. */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  const error = body?.errors?.[0];
  if (error || !body?.data) {
    throw new ApiError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code ?? 'HTTP_ERROR');
  }
  return body.data;
}

// Every node the explorer shows comes with these fields, whatever its kind (`$lang` must be declared).
// Condition and level keys are enums, other keys strings: they get their own names so the fragments merge.
export const NODE_FIELDS = `
fragment ShownNode on Node {
  id
  __typename
  ... on Lesson { key title conditions { key } levels { key } }
  ... on Practice { key name }
  ... on Actor { key name }
  ... on Issue { key name(lang: $lang) }
  ... on Domain { key name(lang: $lang) }
  ... on Condition { conditionKey: key name(lang: $lang) }
  ... on Level { levelKey: key name(lang: $lang) }
}`;

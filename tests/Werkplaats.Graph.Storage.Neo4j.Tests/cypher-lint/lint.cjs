// Lints Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support), as
// CYPHER 5 and as CYPHER 25, against the graph's labels, relationship types and property keys and the function and
// procedure signatures the package ships. Reads {schema, statements: [{name, text, parameters}]} as JSON from the
// file named first, writes the problems found as JSON to stdout: [{name, version, severity, message}].
'use strict';
const fs = require('node:fs');
const { lintCypherQuery, testData } = require('@neo4j-cypher/language-support');

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const shipped = testData.mockSchema;
const problems = [];
for (const version of ['5', '25']) {
  for (const statement of input.statements) {
    const schema = {
      functions: shipped.functions,
      procedures: shipped.procedures,
      labels: input.schema.labels,
      relationshipTypes: input.schema.relationshipTypes,
      propertyKeys: input.schema.propertyKeys,
      parameters: Object.fromEntries(statement.parameters.map((name) => [name, null])),
      defaultLanguage: `CYPHER ${version}`,
    };
    const { diagnostics } = lintCypherQuery(`CYPHER ${version} ${statement.text}`, schema, {});
    for (const diagnostic of diagnostics) {
      problems.push({ name: statement.name, version, severity: diagnostic.severity, message: diagnostic.message });
    }
  }
}
process.stdout.write(JSON.stringify(problems));

// Lints Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support), as
// CYPHER 5 and as CYPHER 25, against the graph's labels, relationship types and property keys and the function and
// procedure signatures the package ships. Reads {schema, statements: [{name, text, parameters}]} as JSON from the
// file named first, writes the problems found as JSON to stdout: [{name, version, severity, message}]. Linting is
// slow (a fraction of a second per statement), so the work is shared by one worker thread per core.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

function lint({ schema, jobs }) {
  const { lintCypherQuery, testData } = require('@neo4j-cypher/language-support');
  const shipped = testData.mockSchema;
  const problems = [];
  for (const { version, statement } of jobs) {
    const dbSchema = {
      functions: shipped.functions,
      procedures: shipped.procedures,
      labels: schema.labels,
      relationshipTypes: schema.relationshipTypes,
      propertyKeys: schema.propertyKeys,
      parameters: Object.fromEntries(statement.parameters.map((name) => [name, null])),
      defaultLanguage: `CYPHER ${version}`,
    };
    const { diagnostics } = lintCypherQuery(`CYPHER ${version} ${statement.text}`, dbSchema, {});
    for (const diagnostic of diagnostics) {
      problems.push({ name: statement.name, version, severity: diagnostic.severity, message: diagnostic.message });
    }
  }
  return problems;
}

if (isMainThread) {
  const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const jobs = ['5', '25'].flatMap((version) => input.statements.map((statement) => ({ version, statement })));
  const threads = Math.max(1, Math.min(os.availableParallelism(), 4));
  const shares = Array.from({ length: threads }, (_, i) => jobs.filter((_, j) => j % threads === i));
  Promise.all(shares.map((share) => new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { schema: input.schema, jobs: share } });
    worker.once('message', resolve);
    worker.once('error', reject);
  }))).then((results) => process.stdout.write(JSON.stringify(results.flat())), (error) => {
    process.stderr.write(String(error));
    process.exitCode = 1;
  });
} else {
  parentPort.postMessage(lint(workerData));
}

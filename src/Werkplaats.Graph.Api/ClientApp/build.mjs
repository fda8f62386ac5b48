// Bundles the two pages into dist/ (git-ignored), which the Api's build copies to its output as wwwroot/.
// Run by ClientApp.targets on every build whose inputs changed; `npm run build` does the same by hand.
import * as esbuild from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';

const outdir = 'dist';
const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: 'es2022',
  legalComments: 'linked',
  logLevel: 'warning',
  loader: { '.ttf': 'file' },
  assetNames: 'graphiql/assets/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await Promise.all([
  // The pages' own scripts, each with its stylesheet beside it.
  esbuild.build({
    ...common,
    entryPoints: { 'graphiql/graphiql': 'src/graphiql/graphiql.jsx', 'explorer/explorer': 'src/explorer/main.js' },
    outdir,
    format: 'esm',
    jsx: 'automatic',
  }),
  // Monaco's workers (GraphiQL's editors): classic scripts that src/graphiql/workers.js starts by URL.
  esbuild.build({
    ...common,
    entryPoints: {
      'graphiql/workers/editor': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'graphiql/workers/json': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphiql/workers/graphql': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir,
    format: 'iife',
  }),
]);

await cp('src/graphiql/index.html', `${outdir}/graphiql/index.html`);
await cp('src/explorer/index.html', `${outdir}/explorer/index.html`);

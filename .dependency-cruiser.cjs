/**
 * The package's dependency graph, checked by `npm test` (`npm run deps`): no cycles, and each
 * layer imports only the layers below it. From the bottom up:
 *
 *   lib, model    shared helpers (src/lib, src/paths.ts); the record model (src/model, src/types.ts, src/write)
 *   ingest        bytes → text, header, paragraphs, sentences
 *   extract       text → people, organisations, places, dates, quotes, claims
 *   corrections   editors' corrections applied to a record
 *   archive       cross-article views (entities resolved across the archive, stories, ledgers)
 *   search        documents, index building and the search runtime shared by Node and the browser
 *   site          Eleventy plugins and the Eleventy config
 *   pipeline      the build: records stage, site stage, publishing; sharded extraction (src/shard)
 *   cli           the command line and its commands (add, serve, eval)
 *
 * The browser UI (src/client) is beside the layers: it may import the search runtime and lib
 * only, nothing may import it (the site bundles it with esbuild by path), and nothing it reaches
 * may be a Node built-in.
 */

/** The layers, bottom first: a module may import its own layer and the layers before it. */
const LAYERS = [
  { name: 'lib', path: '^src/(lib/|paths\\.ts$)' },
  { name: 'model', path: '^src/(types\\.ts$|model/|write/)' },
  { name: 'ingest', path: '^src/ingest/' },
  { name: 'extract', path: '^src/extract/' },
  { name: 'corrections', path: '^src/corrections/' },
  { name: 'archive', path: '^src/archive/' },
  { name: 'search', path: '^src/search/' },
  { name: 'site', path: '^(src/site/|\\.eleventy\\.ts$)' },
  { name: 'pipeline', path: '^src/(pipeline|shard)/' },
  { name: 'cli', path: '^src/(cli\\.ts$|add/|serve/|eval/)' },
];

/** Imports that break the order today, each to be moved (none left). */
const KNOWN_EXCEPTIONS = {};

/** A Node built-in module, with or without the `node:` prefix. */
const NODE_BUILTIN = `^(node:|(${require('node:module')
  .builtinModules.filter((m) => !m.includes('/'))
  .join('|')})(/|$))`;

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  severity: 'error',
  comment: `${layer.name} imports only ${LAYERS.slice(0, i + 1)
    .map((l) => l.name)
    .join(', ')} (and packages)`,
  from: { path: layer.path },
  to: {
    path: LAYERS.slice(i + 1).map((l) => l.path),
    ...(KNOWN_EXCEPTIONS[layer.name] ? { pathNot: KNOWN_EXCEPTIONS[layer.name] } : {}),
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No module reaches itself through its imports (type-only imports included).',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'client-imports-search-runtime-and-lib',
      severity: 'error',
      comment: 'The browser UI imports only itself, the search runtime and lib.',
      from: { path: '^src/client/' },
      to: { path: '^src/', pathNot: '^src/(client|search|lib)/' },
    },
    {
      name: 'nothing-imports-client',
      severity: 'error',
      comment: 'The browser UI is bundled by path (src/site/search-plugin.ts), never imported.',
      from: { pathNot: '^src/client/' },
      to: { path: '^src/client/' },
    },
    {
      name: 'client-reaches-no-node-builtin',
      severity: 'error',
      comment: 'What the browser bundle holds must not need Node.',
      from: { path: '^src/client/' },
      to: { path: NODE_BUILTIN, reachable: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every import resolves to a file or an installed package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // Type-only imports count: a cycle through types is a cycle of concepts.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

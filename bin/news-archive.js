#!/usr/bin/env node
// The command line, compiled to JavaScript in dist/ by `npm install` (the `prepare` script:
// scripts/compile.mjs). No TypeScript loader runs at start.
try {
  await import('../dist/src/cli.js');
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/src/cli.js')) {
    console.error('news-archive: the command line is not compiled yet: run `npm run compile` (npm install does it).');
    process.exit(2);
  }
  throw err;
}

/**
 * news-archive command line: extract, build, add, serve. Each has --help.
 */
import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { extractFile } from './extract/run.js';
import { build, summary } from './build/index.js';
import { defaultOptions } from './build/context.js';
import { addSources } from './add/index.js';
import { isoDate } from './ingest/date-line.js';
import { withBuildLock, waitingMessage } from './build/lock.js';
import { projectProblem } from './build/project.js';

function publishedOption(value: string): string {
  const iso = isoDate(value);
  if (!iso) throw new Error(`--published must be a date as YYYY-MM-DD, not "${value}"`);
  return iso;
}

const program = new Command()
  .name('news-archive')
  .description('Turn raw news article texts into structured Markdown records and a searchable static archive.')
  .showHelpAfterError();

program
  .command('extract')
  .description('Extract title, dates, people, organisations, places, quotes and claims from article files')
  .argument('<file...>', 'raw article text files')
  .option('--json', 'print JSON Lines, one object per file in the order given (the default)')
  .option('--published <YYYY-MM-DD>', 'publication date for files that state none', publishedOption)
  .action((files: string[], opts: { published?: string }) => {
    let failed = false;
    for (const file of files) {
      const line = extractFile(file, opts.published ?? null);
      if (line.error) failed = true;
      process.stdout.write(JSON.stringify(line) + '\n');
    }
    process.exitCode = failed ? 1 : 0;
  });

function buildCommand(name: string, description: string) {
  return program
    .command(name)
    .description(description)
    .option('--root <folder>', 'project folder holding content/ and templates/', '.')
    .option('--published <YYYY-MM-DD>', 'publication date for sources that state none', publishedOption)
    .option('--strict', 'exit non-zero if any source or record has a problem')
    .option('--force', 'extract every source again, ignoring the cache')
    .option('--init', 'make a new project here if the folder has no content/ (else refused)')
    .addOption(new Option('--records-only', 'write content/articles but do not build the site'));
}

interface BuildFlags {
  root: string;
  published?: string;
  strict?: boolean;
  force?: boolean;
  recordsOnly?: boolean;
  init?: boolean;
}

async function runBuild(flags: BuildFlags): Promise<number> {
  const notProject = projectProblem(resolve(flags.root), Boolean(flags.init));
  if (notProject) {
    console.error(`news-archive: ${notProject}`);
    return 2;
  }
  const options = defaultOptions(resolve(flags.root), {
    published: flags.published ?? null,
    strict: Boolean(flags.strict),
    force: Boolean(flags.force),
    recordsOnly: Boolean(flags.recordsOnly),
  });
  const result = await build(options);
  console.log(summary(result));
  return result.status;
}

buildCommand('build', 'Extract new and changed sources into content/articles, then build the site into _site').action(
  async (flags: BuildFlags) => {
    process.exitCode = await runBuild(flags);
  },
);

program
  .command('add')
  .description('Copy new raw article texts into content/sources (a file, every text file of a folder, or - for standard input)')
  .argument('<source...>', 'files, folders, or - for standard input')
  .option('--root <folder>', 'project folder holding content/', '.')
  .option('--name <file-name>', 'file name for text read from standard input')
  .option('--build', 'build afterwards (only what changed is extracted and rendered again)')
  .option('--force', 'keep a file that cannot be an article (binary, empty, undecodable) instead of refusing it')
  .action(async (sources: string[], flags: { root: string; name?: string; build?: boolean; force?: boolean }) => {
    // Holding the build lock: a build running now waits, or is waited for.
    const code = await withBuildLock(defaultOptions(resolve(flags.root)).cacheDir, () =>
      addSources(sources, { root: resolve(flags.root), stdinName: flags.name, force: Boolean(flags.force) }), { onWait: (path) => console.error(waitingMessage(path)) });
    const built = flags.build ? await runBuild({ root: flags.root }) : 0;
    process.exitCode = code || built;
  });

program
  .command('serve')
  .description('Build, serve _site on localhost and rebuild when content/ or templates/ change')
  .option('--root <folder>', 'project folder', '.')
  .option('--port <port>', 'port to serve on', '8080')
  .option('--host <address>', 'interface to listen on (0.0.0.0 for every one)', '127.0.0.1')
  .option('--init', 'make a new project here if the folder has no content/ (else refused)')
  .action(async (flags: { root: string; port: string; host: string; init?: boolean }) => {
    const notProject = projectProblem(resolve(flags.root), Boolean(flags.init));
    if (notProject) {
      console.error(`news-archive: ${notProject}`);
      process.exitCode = 2;
      return;
    }
    const { serve } = await import('./serve/index.js');
    await serve({ root: resolve(flags.root), port: Number(flags.port), host: flags.host });
  });

program.parseAsync(process.argv).catch((err: Error) => {
  console.error(`news-archive: ${err.message}`);
  process.exitCode = 2;
});

/**
 * news-archive command line: extract, build, add, serve. Each has --help.
 */
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isoDate } from './ingest/date-line.js';
import { PACKAGE_ROOT } from './paths.js';
import { withBuildLock, waitingMessage } from './pipeline/lock.js';
import { projectProblem } from './pipeline/project.js';
import { parseShard, type Shard } from './shard/shard.js';

// Each command loads its own modules when it runs, so `--help` and `--version` answer at once.

/** An outlet's name from the command line: one line of text. */
function outletOption(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 120) throw new Error(`--outlet must be a name of 1 to 120 characters, not "${value}"`);
  return name;
}

const OUTLET_HELP = 'outlet for sources whose front matter and folder (_source.yml) name none; wins over the outlet the text names';

function publishedOption(value: string): string {
  const iso = isoDate(value);
  if (!iso) throw new Error(`--published must be a date as YYYY-MM-DD, not "${value}"`);
  return iso;
}

/** Threads for extraction: a whole number from 1 up. */
function jobsOption(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new Error(`--jobs must be a whole number of threads, 1 or more, not "${value}"`);
  return n;
}

const JOBS_HELP = 'threads extracting sources (default: the number of cores; 1 extracts in the build process itself)';

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

const program = new Command()
  .name('news-archive')
  .description('Turn raw news article texts into structured Markdown records and a searchable static archive.')
  .version(packageVersion(), '-V, --version', 'print the version of news-archive')
  .showHelpAfterError();

program
  .command('extract')
  .description('Extract title, dates, people, organisations, places, quotes and claims from article files')
  .argument('[file...]', 'raw article text files')
  .option('--json', 'print JSON Lines, one object per file in the order given (the default)')
  .option('--published <YYYY-MM-DD>', 'publication date for files that state none', publishedOption)
  .option('--outlet <name>', OUTLET_HELP, outletOption)
  .option('--files-from <list>', "also extract the files named in this file, one path a line (- for standard input: a map job's split)")
  .option('--shard <i/n>', 'extract only the files of shard i of n (by a hash of each name; 0/n … n-1/n together extract each file once)', parseShard)
  .option('--project <folder>', "lines for `build --merge` of this project: the build's own extraction of its sources (those given, or all)")
  .action(async (args: string[], opts: { published?: string; outlet?: string; filesFrom?: string; shard?: Shard; project?: string }) => {
    const { readFileList } = await import('./shard/file-list.js');
    const files = [...args, ...(opts.filesFrom ? readFileList(opts.filesFrom) : [])];
    const published = opts.published ?? null;
    const outlet = opts.outlet ?? null;
    const shard = opts.shard ?? null;
    let lines: Iterable<object>;
    if (opts.project) {
      const { projectLines } = await import('./shard/project-lines.js');
      lines = projectLines({ root: resolve(opts.project), files: args.length || opts.filesFrom ? files : null, shard, published, outlet });
    } else {
      if (!files.length) program.error('news-archive extract: no file given (name files, or --files-from a list, or --project a folder)');
      const [{ extractFile }, { inShard }] = await Promise.all([import('./extract/run.js'), import('./shard/shard.js')]);
      lines = files.filter((f) => inShard(f, shard)).map((f) => extractFile(f, published, outlet));
    }
    let failed = false;
    for (const line of lines) {
      if ('error' in line) failed = true;
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
    .option('--outlet <name>', OUTLET_HELP, outletOption)
    .option('--strict', 'exit non-zero if any source or record has a problem')
    .option('--force', 'extract every source again, ignoring the cache')
    .option('--jobs <n>', JOBS_HELP, jobsOption)
    .option('--init', 'make a new project here if the folder has no content/ (else refused)')
    .addOption(new Option('--records-only', 'write content/articles but do not build the site'));
}

interface BuildFlags {
  root: string;
  published?: string;
  outlet?: string;
  strict?: boolean;
  force?: boolean;
  recordsOnly?: boolean;
  init?: boolean;
  jobs?: number;
  merge?: string[];
}

/**
 * Runs a command that builds in a process whose heap is sized to the project (src/pipeline/heap.ts):
 * this one when its heap was chosen already, else a child running the same command line.
 */
async function inSizedHeap(root: string, run: () => Promise<number>): Promise<number | undefined> {
  const { relaunchSized } = await import('./pipeline/heap.js');
  // Relaunched: this process ends as the child does (its exit code is the child's).
  return relaunchSized(resolve(root)) ? undefined : await run();
}

async function runBuild(flags: BuildFlags): Promise<number> {
  const notProject = projectProblem(resolve(flags.root), Boolean(flags.init));
  if (notProject) {
    console.error(`news-archive: ${notProject}`);
    return 2;
  }
  const [{ build, summary }, { defaultOptions }] = await Promise.all([import('./pipeline/index.js'), import('./pipeline/context.js')]);
  const options = defaultOptions(resolve(flags.root), {
    published: flags.published ?? null,
    outlet: flags.outlet ?? null,
    strict: Boolean(flags.strict),
    force: Boolean(flags.force),
    recordsOnly: Boolean(flags.recordsOnly),
    ...(flags.jobs ? { jobs: flags.jobs } : {}),
    ...(flags.merge ? { merge: flags.merge.map((f) => resolve(f)) } : {}),
  });
  const result = await build(options);
  console.log(summary(result));
  return result.status;
}

buildCommand('build', 'Extract new and changed sources into content/articles, then build the site into _site')
  .option('--merge <lines...>', 'JSON-lines files of `extract --project` runs (shards): sources they extracted are not extracted again')
  .action(async (flags: BuildFlags) => {
    process.exitCode = await inSizedHeap(flags.root, () => runBuild(flags));
  });

program
  .command('add')
  .description('Copy new raw article texts into content/sources (a file, every text file of a folder, or - for standard input)')
  .argument('<source...>', 'files, folders, or - for standard input')
  .option('--root <folder>', 'project folder holding content/', '.')
  .option('--name <file-name>', 'file name for text read from standard input')
  .option('--outlet <name>', 'outlet of the texts added: they go into content/sources/<outlet>/ with a _source.yml naming it', outletOption)
  .option('--build', 'build afterwards (only what changed is extracted and rendered again)')
  .option('--jobs <n>', `with --build: ${JOBS_HELP}`, jobsOption)
  .option('--force', 'keep a file that cannot be an article (binary, empty, undecodable) instead of refusing it')
  .action(async (sources: string[], flags: AddFlags) => {
    process.exitCode = flags.build ? await inSizedHeap(flags.root, () => addThenBuild(sources, flags)) : await addThenBuild(sources, flags);
  });

interface AddFlags {
  root: string;
  name?: string;
  outlet?: string;
  build?: boolean;
  force?: boolean;
  jobs?: number;
}

/** `add`: the sources copied in (holding the build lock), then with --build a build. */
async function addThenBuild(sources: string[], flags: AddFlags): Promise<number> {
  const [{ addSources }, { defaultOptions }] = await Promise.all([import('./add/index.js'), import('./pipeline/context.js')]);
  // Holding the build lock: a build running now waits, or is waited for.
  const code = await withBuildLock(
    defaultOptions(resolve(flags.root)).cacheDir,
    () => addSources(sources, { root: resolve(flags.root), stdinName: flags.name, outlet: flags.outlet ?? null, force: Boolean(flags.force) }),
    { onWait: (path) => console.error(waitingMessage(path)) },
  );
  const built = flags.build ? await runBuild({ root: flags.root, jobs: flags.jobs }) : 0;
  return code || built;
}

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
    process.exitCode = await inSizedHeap(flags.root, async () => {
      const { serve } = await import('./serve/index.js');
      await serve({ root: resolve(flags.root), port: Number(flags.port), host: flags.host });
      return 0;
    });
  });

program.parseAsync(process.argv).catch((err: Error) => {
  console.error(`news-archive: ${err.message}`);
  process.exitCode = 2;
});

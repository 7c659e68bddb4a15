/**
 * Eleventy 3 compiles a Nunjucks template again for every page it renders: its Nunjucks engine is
 * not "cacheable", so each page of a paginated template (and its layout, and its permalink)
 * is parsed and compiled to JavaScript afresh. At archive scale that was most of the render time.
 *
 * Here the engine's `compile` is memoised per engine instance, by input path and template text:
 * the same text of the same file gives the same compiled template, whose render function Nunjucks
 * runs as often as asked (as it does for includes from its own loader cache). A new Eleventy run
 * makes a new engine, and a changed template is a new text, so nothing stale is ever rendered.
 *
 * The engine class is not exported by the package; it is loaded by its file beside the package's
 * entry point, the module Eleventy itself imports. If that ever fails, nothing is patched and
 * pages are compiled one by one, as before.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PATCHED = Symbol.for('news-archive.nunjucks-compile-cache');

type Compile = (this: object, str: string, inputPath?: string) => Promise<unknown>;
interface EngineClass {
  prototype: { compile: Compile; [PATCHED]?: true };
}

let patching: Promise<boolean> | null = null;

/** Installs the memoised compile once per process; resolves to whether it is in place. */
export function cacheNunjucksCompile(): Promise<boolean> {
  patching ??= install();
  return patching;
}

async function install(): Promise<boolean> {
  try {
    const entry = createRequire(import.meta.url).resolve('@11ty/eleventy');
    const url = pathToFileURL(join(dirname(entry), 'Engines', 'Nunjucks.js')).href;
    const Engine = (await import(url)).default as EngineClass | undefined;
    const proto = Engine?.prototype;
    if (!proto || typeof proto.compile !== 'function') return false;
    if (proto[PATCHED]) return true;
    const original = proto.compile;
    const caches = new WeakMap<object, Map<string, Promise<unknown>>>();
    proto.compile = function (this: object, str: string, inputPath?: string) {
      let cache = caches.get(this);
      if (!cache) {
        cache = new Map();
        caches.set(this, cache);
      }
      const key = `${inputPath ?? ''}\u0000${str}`;
      let compiled = cache.get(key);
      if (!compiled) {
        compiled = original.call(this, str, inputPath);
        compiled.catch(() => cache!.delete(key));
        cache.set(key, compiled);
      }
      return compiled;
    };
    proto[PATCHED] = true;
    return true;
  } catch {
    return false;
  }
}

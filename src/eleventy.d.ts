/** Eleventy ships no type declarations: the part of its programmatic and configuration API this project uses. */
declare module '@11ty/eleventy' {
  /** What Eleventy passes to `eleventy.before` and `eleventy.after` listeners (the part used). */
  interface EleventyEvent {
    directories: { input: string; output: string };
  }

  /** A template filter: values in (what the template gives), a value out. */
  type Filter = (...args: never[]) => unknown;

  /** The configuration object a config function and each plugin receive (Eleventy's UserConfig). */
  export interface UserConfig {
    /** The site's path prefix (`/` unless set). */
    pathPrefix?: string;
    /** Data keys Eleventy keeps when it filters a template's data (see its `dataFilterSelectors`). */
    dataFilterSelectors: Set<string>;
    /** Runs `plugin(this, options)`; the options object is passed as given, not copied. */
    addPlugin<O>(plugin: (eleventyConfig: UserConfig, options: O) => unknown, options?: O): unknown;
    addFilter(name: string, filter: Filter): void;
    /** A filter already added (Eleventy's own `url`, say), of the type the caller knows it has. */
    getFilter<F extends Filter = Filter>(name: string): F | undefined;
    addGlobalData(name: string, data: unknown): void;
    addWatchTarget(path: string): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    addPreprocessor(name: string, extensions: string, preprocessor: (this: { inputPath: string }, data: never, content: string) => unknown): void;
    on(event: 'eleventy.before' | 'eleventy.after', listener: (event: EleventyEvent) => unknown): void;
    setQuietMode(quiet: boolean): void;
    setUseTemplateCache(use: boolean): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setTemplateFormats(formats: string | string[]): void;
    setIncludesDirectory(dir: string): void;
    setLayoutsDirectory(dir: string): void;
    setDataDirectory(dir: string): void;
  }

  interface EleventyOptions {
    /** A config file to load; `false`: none (all configuration comes from `config`). */
    configPath?: string | false;
    /** Configuration run before any config file, with the run's UserConfig. */
    config?: (eleventyConfig: UserConfig) => unknown;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    pathPrefix?: string;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown[]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}

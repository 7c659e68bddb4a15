/** Eleventy ships no type declarations: the part of its programmatic API this project uses. */
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
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

/** @11ty/eleventy-plugin-rss ships no type declarations: the part this project uses. */
declare module '@11ty/eleventy-plugin-rss' {
  export function rssPlugin(eleventyConfig: unknown, options?: Record<string, unknown>): void;
  export function dateToRfc3339(date: Date): string;
  export function absoluteUrl(url: string, base: string): string;
}

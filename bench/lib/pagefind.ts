/** Pagefind over the built site's article pages (its Node API, the same binary as `npx pagefind`). */
import { rmSync } from 'node:fs';

export interface PagefindRun {
  ms: number;
  pages: number;
  errors: string[];
}

export async function runPagefind(site: string, outputPath: string): Promise<PagefindRun> {
  rmSync(outputPath, { recursive: true, force: true });
  const pagefind = await import('pagefind');
  const t0 = performance.now();
  // The article pages only (the archive's own index holds the articles), their <main>.
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) return { ms: 0, pages: 0, errors };
  const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
  const written = await index.writeFiles({ outputPath });
  const ms = performance.now() - t0;
  await pagefind.close();
  return { ms, pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
}

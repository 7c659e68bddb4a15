import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { splitBody } from '../../src/ingest/paragraphs.js';
import { SEEDS, SEED_FILES } from '../helpers/project.js';

describe('paragraphs', () => {
  it('splits seed 001, which arrives as one long paragraph, into readable paragraphs', () => {
    const doc = ingest(SEED_FILES[1], readFileSync(join(SEEDS, SEED_FILES[1])));
    expect(doc.paragraphs.length).toBeGreaterThanOrEqual(8);
    for (const p of doc.paragraphs) expect(p.text.length).toBeLessThan(900);
    expect(doc.paragraphs[0].text.startsWith('Canadian member of the parliament (MP) Han Dong has stepped down')).toBe(true);
  });

  it('keeps a quotation running over two sentences in one paragraph', () => {
    const doc = ingest(SEED_FILES[1], readFileSync(join(SEEDS, SEED_FILES[1])));
    const p = doc.paragraphs.find((x) => x.text.includes('Let me be clear'))!;
    expect(p.text).toContain('as I work to clear my name."');
  });

  it('marks a short line between paragraphs as a subheading', () => {
    const doc = ingest(SEED_FILES[1], readFileSync(join(SEEDS, SEED_FILES[1])));
    expect(doc.paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual(['House of Commons calls for public inquiry']);
  });

  it('keeps the paragraph breaks of seed 000 as written', () => {
    const doc = ingest(SEED_FILES[0], readFileSync(join(SEEDS, SEED_FILES[0])));
    expect(doc.paragraphs).toHaveLength(27);
    expect(doc.paragraphs[0].text.startsWith('Canadian MP Han Dong resigned from the Liberal Party last night')).toBe(true);
  });

  it('puts trailing "Sources include:" material apart', () => {
    const split = splitBody('First paragraph of the story.\n\nSecond one.\n\nSources include:\n\nExample.com');
    expect(split.paragraphs.map((p) => p.text)).toEqual(['First paragraph of the story.', 'Second one.']);
    expect(split.boilerplate).toBe('Sources include:\n\nExample.com');
  });
});

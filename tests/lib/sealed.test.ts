import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { bodyLines, linePieces, readSealed, readSealedBody, sealedChecksum, writeSealed, writeSealedPieces } from '../../src/lib/sealed.js';
import { textChunks } from '../../src/lib/fs.js';
import { hashOf } from '../../src/lib/hash.js';

const dir = mkdtempSync(join(tmpdir(), 'sealed-'));
const schema = z.object({ names: z.array(z.string()) });

describe('writeSealed', () => {
  it('writes a body of several pieces that reads back whole, its checksum that of its UTF-8 bytes', () => {
    // More than one 4 Mi-character piece, with non-Latin names and a surrogate pair at every piece's edge.
    const names = Array.from({ length: 200_000 }, (_, i) => `Zoë Ağaoğlu 🇹🇷 ${i} ${'x'.repeat(i % 7)}`);
    const path = join(dir, 'big.json');
    writeSealed(path, { names });
    const read = readSealed(path, schema);
    expect(read.ok && read.value.names).toEqual(names);
    const bytes = readFileSync(path);
    const nl = bytes.indexOf(0x0a);
    expect(bytes.subarray(0, nl).toString()).toBe(`{"sealed":"${hashOf(bytes.subarray(nl + 1, bytes.length - 1))}"}`);
    expect(bytes.subarray(nl + 1, bytes.length - 1).toString()).toBe(JSON.stringify({ names }));
  });

  it('reports a body changed after it was written', () => {
    const path = join(dir, 'edited.json');
    writeSealed(path, { names: ['Ruth Kane'] });
    writeFileSync(path, readFileSync(path, 'utf8').replace('Ruth', 'Rita'));
    expect(readSealed(path, schema)).toEqual({ ok: false, missing: false, reason: 'changed since the build wrote it (checksum mismatch)' });
  });
});

describe('linePieces', () => {
  it('is the head on the first line, then one [key, value] a line, entries without a JSON value left out', () => {
    const entries = new Map<string, unknown>([
      ['k1', { name: 'Zoë', text: 'line one\nline two' }],
      ['k"2', ['a', null]],
      ['k3', undefined],
    ]);
    const pieces = [...linePieces({ version: 'v1', id: 'x' }, entries)];
    expect(
      pieces
        .join('')
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([{ version: 'v1', id: 'x' }, ['k1', { name: 'Zoë', text: 'line one\nline two' }], ['k"2', ['a', null]]]);
    expect(pieces).toHaveLength(3);
    expect([...linePieces({}, new Map())].join('')).toBe('{}');
  });

  it('makes, through writeSealedPieces, a sealed file whose body reads back line by line', () => {
    const path = join(dir, 'pieces.jsonl');
    const entries = new Map(Array.from({ length: 50_000 }, (_, i) => [`key-${i}`, { text: `Ağaoğlu ${'’'.repeat(i % 90)} ${i}` }] as [string, unknown]));
    writeSealedPieces(path, linePieces({ version: 'v1' }, entries));
    const body = readSealedBody(path);
    if (!body.ok) throw new Error('not read');
    // The checksum on its header line, read without the body: that of the body's bytes.
    expect(sealedChecksum(path)).toBe(createHash('sha256').update(body.value).digest('hex'));
    expect(sealedChecksum(join(dir, 'no-such-file'))).toBeNull();
    const [head, ...lines] = [...bodyLines(body.value)].map((l) => JSON.parse(l));
    expect(head).toEqual({ version: 'v1' });
    expect(lines).toEqual([...entries]);
    // A changed byte anywhere: the whole body is refused.
    writeFileSync(path, readFileSync(path, 'utf8').replace('key-49999', 'key-49998'));
    expect(readSealedBody(path)).toEqual({ ok: false, missing: false, reason: 'changed since the build wrote it (checksum mismatch)' });
  });
});

describe('textChunks', () => {
  it('never cuts a surrogate pair, and gives the text back whole', () => {
    const text = 'a'.repeat((1 << 22) - 1) + '😀' + 'b'.repeat(10);
    const chunks = [...textChunks(text)];
    expect(chunks.map((c) => c.length)).toEqual([(1 << 22) - 1, 12]);
    expect(chunks.join('')).toBe(text);
    expect([...textChunks('')]).toEqual([]);
  });
});

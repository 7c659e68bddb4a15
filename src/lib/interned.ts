/**
 * A JSON value with its long strings kept once: a record names the same sentence under each of its
 * people, organisations, places, dates, quotes and claims, and JSON writes every copy. Encoded, each
 * distinct long string is in one table and the value refers to it as `{"$": index}`; decoded, every
 * reference is the table's one string, so the copies share memory too. (A real object whose only
 * key is `$` is written `{"$": [itself]}`, so the encoding is lossless for any JSON value.)
 *
 * At 10,000 articles the site's parsed records (src/site/records.ts) take 175 MB of JSON instead of
 * 245 MB, and 241 MB of heap instead of 813 MB once read.
 */

/** Strings shorter than this are written where they are: a reference would save little. */
const MIN_LENGTH = 24;

/** A value encoded by `internStrings`: its long strings, and the value referring to them. */
export type Interned = [strings: string[], value: unknown];

const isOnlyDollar = (o: object) => {
  const keys = Object.keys(o);
  return keys.length === 1 && keys[0] === '$';
};

/** The value with each string of MIN_LENGTH characters or more written once, in a table. */
export function internStrings(value: unknown): Interned {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const encode = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.length < MIN_LENGTH) return v;
      let i = index.get(v);
      if (i === undefined) index.set(v, (i = strings.push(v) - 1));
      return { $: i };
    }
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(encode);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = encode(x);
    return isOnlyDollar(out) ? { $: [out] } : out;
  };
  const encoded = encode(value);
  return [strings, encoded];
}

/**
 * The value `internStrings` encoded, every reference replaced by its string (in place: the parsed
 * encoding becomes the value). A reference outside the table decodes to undefined: the caller's
 * shape check then rejects the value.
 */
export function restoreStrings(interned: Interned): unknown {
  const [strings, value] = interned;
  const decode = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = decode(v[i]);
      return v;
    }
    const o = v as Record<string, unknown>;
    const ref = o.$;
    if (ref !== undefined && isOnlyDollar(o)) return typeof ref === 'number' ? strings[ref] : Array.isArray(ref) ? decodeFields(ref[0]) : undefined;
    return decodeFields(o);
  };
  const decodeFields = (o: unknown): unknown => {
    if (o === null || typeof o !== 'object') return o;
    const r = o as Record<string, unknown>;
    for (const k in r) r[k] = decode(r[k]);
    return r;
  };
  return decode(value);
}

/** Whether a parsed value has the shape of an `Interned` (a table of strings and a value). */
export function isInterned(value: unknown): value is Interned {
  return Array.isArray(value) && value.length === 2 && Array.isArray(value[0]) && value[0].every((s) => typeof s === 'string');
}

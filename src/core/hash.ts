// Canonical JSON (sorted keys, no whitespace) and a pure-TypeScript 64-bit hash (two 32-bit lanes,
// Math.imul only), so the same data hashes the same in every engine.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Object keys recur endlessly in a state (every country has the same fields): quote each once.
const quotedKeys: Record<string, string> = Object.create(null) as Record<string, string>;

function quoteKey(key: string): string {
  let quoted = quotedKeys[key];
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    quotedKeys[key] = quoted;
  }
  return quoted;
}

export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new Error(`non-finite number ${value} in hashed data`);
      return JSON.stringify(value);
    case "string": return JSON.stringify(value);
    case "boolean": return value ? "true" : "false";
    case "undefined": return "null";
    default: break;
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += (first ? "" : ",") + quoteKey(key) + ":" + canonicalJson(item);
    first = false;
  }
  return `${out}}`;
}

/** cyrb53-style hash widened to 64 bits: 16 lowercase hex digits. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

export function hashJson(value: unknown): string {
  return hashString(canonicalJson(value));
}

// JSON.parse keeps the last of two equal keys in an object and says nothing: a file could state a value
// twice and show a reader the one it did not use. This scan reads JSON text that JSON.parse already
// accepted and reports every key repeated within one object, with its path. One linear pass, iterative,
// bounded by `limit` reports. Pure: no Map/Set in the result, no host API.
import { formatPath } from "./problems";

export interface DuplicateKey {
  /** Path of the repeated key, e.g. `final.outcome.score.total`. */
  path: string;
}

interface Frame {
  kind: "object" | "array";
  keys: string[];
  /** Keys seen in this object (a null-prototype object, so "constructor" is a key like any other). */
  seen: Record<string, true> | null;
  index: number;
  /** The key (or index) this container's next value will have. */
  pending: string | number | null;
}

/** Reads a JSON string literal starting at `start` (the opening quote); returns its value and the index after it. */
function readString(text: string, start: number): { value: string; end: number } {
  let i = start + 1;
  let plain = true;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) break;
    if (c === 0x5c) { plain = false; i += 2; continue; }
    i += 1;
  }
  const raw = text.slice(start, i + 1);
  return { value: plain ? raw.slice(1, -1) : (JSON.parse(raw) as string), end: i + 1 };
}

/** Repeated keys in `text`, which must be JSON that JSON.parse accepts. */
export function duplicateKeys(text: string, limit = 100): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  // Each open container's `pending` is the key under which the next container inside it sits.
  const pathOf = (key: string): string =>
    formatPath([...stack.slice(0, -1).map((f) => f.pending ?? "?"), key]);
  let i = 0;
  while (i < text.length && found.length < limit) {
    const c = text[i] as string;
    const top = stack[stack.length - 1];
    if (c === "{" || c === "[") {
      stack.push({ kind: c === "{" ? "object" : "array", keys: [], seen: c === "{" ? Object.create(null) as Record<string, true> : null, index: 0, pending: c === "[" ? 0 : null });
      i += 1;
    } else if (c === "}" || c === "]") {
      stack.pop();
      i += 1;
    } else if (c === ",") {
      if (top?.kind === "array") { top.index += 1; top.pending = top.index; }
      i += 1;
    } else if (c === "\"") {
      const { value, end } = readString(text, i);
      let j = end;
      while (j < text.length && (text[j] === " " || text[j] === "\n" || text[j] === "\r" || text[j] === "\t")) j += 1;
      if (top?.kind === "object" && text[j] === ":" && top.seen) {
        if (top.seen[value]) found.push({ path: pathOf(value) });
        top.seen[value] = true;
        top.pending = value;
        i = j + 1;
      } else {
        i = end;
      }
    } else {
      i += 1;
    }
  }
  return found;
}

// Where a JSON text breaks, and why, in words people understand. JSON.parse's messages differ between
// engines and some give no position at all; this small scanner (iterative, so no nesting can overflow the
// stack) finds the first error itself. It runs only after JSON.parse has failed.

export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  reason: string;
  expected: string;
  found: string;
  hint?: string;
}

type Where = "top" | "value" | "keyOrEnd" | "key" | "colon" | "commaOrEndObject" | "valueOrEndArray" | "arrayValue" | "commaOrEndArray" | "done";

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line += 1; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return "the end of the file";
  WORD.lastIndex = offset;
  const word = WORD.exec(text);
  if (word) return `the word ${word[0].slice(0, 20)}`;
  const code = text.charCodeAt(offset);
  // Control characters print as nothing: name them by code point (a binary file starts with them).
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) {
    return `the invisible character U+${code.toString(16).toUpperCase().padStart(4, "0")} (is this a binary file?)`;
  }
  return `the character ${JSON.stringify(text.charAt(offset))}`;
}

export function locateJsonSyntaxError(text: string): JsonSyntaxError {
  const stack: ("object" | "array")[] = [];
  let where: Where = "top";
  let pos = 0;

  const fail = (at: number, reason: string, expected: string, hint?: string): JsonSyntaxError => ({
    offset: at, ...lineAndColumn(text, at), reason, expected, found: describeAt(text, at), ...(hint ? { hint } : {}),
  });
  const afterValue = (): Where => {
    const top = stack[stack.length - 1];
    return top === undefined ? "done" : top === "object" ? "commaOrEndObject" : "commaOrEndArray";
  };
  /** Scans a string starting at the opening quote; returns the offset after it, or an error. */
  const scanString = (start: number): number | JsonSyntaxError => {
    let i = start + 1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) return i + 1;
      if (c < 32) return fail(i, "a line break or control character inside a text", "a closing double quote \"", "texts cannot span lines; write \\n for a line break");
      if (c === 92) {
        const next = text.charAt(i + 1);
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail(i, "a \\u escape without four hexadecimal digits", "\\u followed by four hexadecimal digits");
          i += 6;
          continue;
        }
        if (!"\"\\/bfnrt".includes(next) || next === "") return fail(i, "an unknown escape sequence in a text", "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", "a backslash must be written \\\\");
        i += 2;
        continue;
      }
      i += 1;
    }
    return fail(start, "a text that is never closed", "a closing double quote \"", "a missing double quote");
  };
  /** Scans a value that is not an object or array; returns the offset after it, or an error. */
  const scanScalar = (at: number): number | JsonSyntaxError => {
    const c = text.charAt(at);
    if (c === "\"") return scanString(at);
    if (c === "'") return fail(at, "a text in single quotes", "a value", "JSON texts use double quotes \"...\"");
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number && number[0] !== "-") {
      const end = at + number[0].length;
      if (/[\w.]/.test(text.charAt(end))) return fail(at, "a malformed number", "a number such as 12, -3 or 0.5", "no leading zeros, hexadecimal or trailing dots");
      return end;
    }
    WORD.lastIndex = at;
    const word = WORD.exec(text)?.[0];
    if (word === "true" || word === "false" || word === "null") return at + word.length;
    if (word === "NaN" || word === "Infinity" || (c === "-" && text.startsWith("Infinity", at + 1))) {
      return fail(at, "NaN and Infinity are not JSON numbers", "a finite number");
    }
    if (word !== undefined) return fail(at, "a word without quotes", "a value: a number, a text in double quotes, true, false, null, an object or a list", "texts must be in double quotes");
    if (c === "+" || c === ".") return fail(at, "a malformed number", "a number such as 12, -3 or 0.5", "numbers start with a digit or a minus sign");
    return fail(at, "a value is missing", "a value: a number, a text in double quotes, true, false, null, an object or a list");
  };

  for (;;) {
    while (pos < text.length && " \t\n\r".includes(text.charAt(pos))) pos += 1;
    if (text.startsWith("//", pos) || text.startsWith("/*", pos)) {
      return fail(pos, "a comment", "data only", "JSON allows no comments: move notes into a \"notes\" field");
    }
    if (pos >= text.length) {
      if (where === "done") return fail(pos, "the data could not be read", "valid JSON");
      return fail(pos, "the file ends too early", stack.length > 0 ? `the rest of the data and a closing ${stack[stack.length - 1] === "object" ? "}" : "]"}` : "a value", "the file was cut short, or a } or ] is missing");
    }
    const c = text.charAt(pos);
    switch (where) {
      case "done":
        return fail(pos, "extra text after the end of the data", "nothing more", "a file holds one JSON value: a stray character, or two objects one after the other");
      case "keyOrEnd":
      case "key":
        if (c === "}") {
          if (where === "key") return fail(pos, "a comma before }", "another field after the comma", "a trailing comma: JSON allows none");
          stack.pop(); pos += 1; where = afterValue(); break;
        }
        if (c === "," && where === "key") return fail(pos, "two commas in a row", "a field name in double quotes", "a doubled comma");
        if (c !== "\"") return fail(pos, c === "'" ? "a field name in single quotes" : "a field name without double quotes", "a field name in double quotes, such as \"id\"", where === "key" ? "a trailing comma, or a field name without quotes" : "field names must be in double quotes");
        {
          const end = scanString(pos);
          if (typeof end !== "number") return end;
          pos = end; where = "colon";
        }
        break;
      case "colon":
        if (c !== ":") return fail(pos, "a colon is missing after a field name", "a colon :");
        pos += 1; where = "value"; break;
      case "commaOrEndObject":
        if (c === ",") { pos += 1; where = "key"; break; }
        if (c === "}") { stack.pop(); pos += 1; where = afterValue(); break; }
        return fail(pos, "a comma or } is missing", "a comma , before the next field, or } to close the object", "a missing comma between two fields");
      case "commaOrEndArray":
        if (c === ",") { pos += 1; where = "arrayValue"; break; }
        if (c === "]") { stack.pop(); pos += 1; where = afterValue(); break; }
        return fail(pos, "a comma or ] is missing", "a comma , before the next item, or ] to close the list", "a missing comma between two items");
      default: {
        // top, value, valueOrEndArray, arrayValue
        if (c === "]" && where === "valueOrEndArray") { stack.pop(); pos += 1; where = afterValue(); break; }
        if (c === "," && where === "arrayValue") return fail(pos, "two commas in a row", "an item", "a doubled comma, or an empty item");
        if (c === "]" && where === "arrayValue") return fail(pos, "a comma before ]", "another item after the comma", "a trailing comma: JSON allows none");
        if (c === "{") { stack.push("object"); pos += 1; where = "keyOrEnd"; break; }
        if (c === "[") { stack.push("array"); pos += 1; where = "valueOrEndArray"; break; }
        const end = scanScalar(pos);
        if (typeof end !== "number") return end;
        pos = end; where = afterValue();
      }
    }
  }
}

/**
 * The encoding a text was really written in when it was read as UTF-8 but is UTF-16 or UTF-32 (Windows
 * editors offer both as "Unicode"): their byte-order marks read as U+FFFD, and ASCII characters come with
 * NUL characters between them. Null when the text does not look like either.
 */
export function otherEncoding(text: string): string | null {
  const R = "\uFFFD";
  if (text.startsWith(`${R}${R}\0\0`)) return "UTF-32 (little-endian)";
  if (text.startsWith(`\0\0${R}${R}`)) return "UTF-32 (big-endian)";
  const body = text.startsWith(`${R}${R}`) ? text.slice(2) : text;
  const head = body.slice(0, 16);
  if (head.length < 4) return null;
  let nulAt = 0;
  const positions = new Set<number>();
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) { nulAt += 1; positions.add(i % 4); }
  if (nulAt === 0) return text.startsWith(`${R}${R}`) ? "UTF-16" : null;
  const only = (...mods: number[]) => positions.size === mods.length && mods.every((m) => positions.has(m));
  if (only(1, 2, 3)) return "UTF-32 (little-endian)";
  if (only(0, 1, 2)) return "UTF-32 (big-endian)";
  if (only(1, 3)) return "UTF-16 (little-endian)";
  if (only(0, 2)) return "UTF-16 (big-endian)";
  return null;
}

// Text from files reaches the terminal only through here: control characters (an escape sequence, a
// carriage return that overwrites a line, a right-to-left override that reorders it) are shown as escapes,
// so a file can neither forge a line of output nor drive the terminal. Newlines and tabs are kept: the
// commands' own layout uses them. Values that must stay on one line (a seed, a version) are validated.

// C0 controls but tab and newline, DEL, C1 controls, and the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The longest list of details a command prints (a safety net above the core's own cap of 100 problems); the rest is counted. */
export const MAX_DETAIL_LINES = 200;

export function cappedLines(lines: readonly string[], max = MAX_DETAIL_LINES): string[] {
  if (lines.length <= max) return lines.slice();
  return [...lines.slice(0, max), `… and ${lines.length - max} more`];
}

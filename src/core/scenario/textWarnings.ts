// Warnings about text in a file: invisible bidirectional controls (U+202E and its kin) can make text read
// differently on screen than in the file, and reverse the game's own text shown after it. A file that has
// them still loads (the game isolates file text); validate says where they are.
import { formatPath, keysOfPlace, walkJson, type Problem } from "../problems";

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const NAMES = new Map<number, string>([
  [0x061c, "ARABIC LETTER MARK"], [0x200e, "LEFT-TO-RIGHT MARK"], [0x200f, "RIGHT-TO-LEFT MARK"],
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"], [0x202b, "RIGHT-TO-LEFT EMBEDDING"], [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"], [0x202e, "RIGHT-TO-LEFT OVERRIDE"], [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"], [0x2068, "FIRST STRONG ISOLATE"], [0x2069, "POP DIRECTIONAL ISOLATE"],
]);

/** One warning per text holding a bidirectional control, in reading order; at most `limit`. */
export function textWarnings(data: unknown, limit = 20): Problem[] {
  const warnings: Problem[] = [];
  walkJson(data, (value, at) => {
    if (warnings.length >= limit) return "stop";
    if (typeof value !== "string") return at.depth > 64 ? "skip" : "enter";
    const match = BIDI.exec(value);
    if (!match) return "skip";
    const code = match[0].charCodeAt(0);
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    warnings.push({
      path: formatPath(keysOfPlace(at)),
      message: `contains an invisible bidirectional control character (${hex} ${NAMES.get(code) ?? "bidirectional control"})`,
      expected: "text without bidirectional controls",
      found: `${hex} at character ${match.index + 1}`,
      hint: "it can make the text read differently on screen than in the file; delete it (right-to-left scripts need no controls)",
      severity: "warning",
    });
    return "skip";
  });
  return warnings;
}

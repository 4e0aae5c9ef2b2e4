// A class's replays, read, verified and summarised (in the worker): for each student the final score, the
// tracks month by month, the deals with their places in the utility space; replays that do not verify are
// listed with the reason and left out. Pure apart from the replay checks' wording.
import { newGame, SharedMonths, type Policy, type Scenario, type Tracks, type Terms } from "../../../core";
import { dealPoint } from "../../../core/classroom";
import { readVerifiedReplay, type ReplayBatch } from "../../game/replayFile";
import { playerName } from "../load";

export interface ClassFile {
  name: string;
  text: string;
}

export interface Student {
  file: string;
  label: string;
  scenarioId: string;
  scenarioTitle: unknown;
  seed: string;
  policy: Policy;
  score: number;
  grade: string;
  parts: { security: number; economy: number; alliances: number };
  /** Tracks after each month. */
  tracks: Tracks[];
  deals: Record<string, Terms & { signedTurn: number; us: number | null; country: number | null }>;
}

export interface ClassData {
  students: Student[];
  failed: { file: string; reason: string }[];
  /** Every student played the same scenario (same content) and seed. */
  sameWorld: boolean;
  /** That world's key (scenario hash and seed), to merge the halves read by two workers. */
  worldKey: string | null;
  /** The shared world's scenario (the utility spaces are computed from it on demand). */
  scenario: Scenario | null;
  seed: string | null;
  ms: number;
}

export function analyseClass(files: readonly ClassFile[], bundled: unknown[], now: () => number): ClassData {
  const started = now();
  const students: Student[] = [];
  const failed: ClassData["failed"] = [];
  const starts = new Map<string, ReturnType<typeof newGame>>();
  let firstKey: string | null = null;
  let sameWorld = true;
  let world: { scenario: Parameters<typeof newGame>[0]; seed: string } | null = null;
  // A class shares one scenario, validated once, and its games share months (the same opening, what-if
  // branches of one game): each such month is simulated once. Every file is still checked in full.
  const batch: ReplayBatch = { validated: new Map(), shared: new SharedMonths() };
  for (const file of files) {
    const read = readVerifiedReplay(file.text, bundled, batch);
    if (!read.ok) {
      const p = read.problems[0];
      failed.push({ file: file.name, reason: p ? `${p.path}: ${p.message}${p.found ? ` (${p.found})` : ""}` : "unreadable" });
      continue;
    }
    const { replay, scenario } = read;
    const key = `${replay.scenario.hash}/${replay.seed}`;
    firstKey ??= key;
    if (key !== firstKey) sameWorld = false;
    world ??= { scenario, seed: replay.seed };
    // Utilities are read at the opening month of the bilateral game: the same yardstick for every student.
    let start = starts.get(key);
    if (!start) { start = newGame(scenario, replay.seed, { policy: "bilateral" }); starts.set(key, start); }
    const score = replay.final.outcome?.score;
    const deals: Student["deals"] = {};
    for (const [id, deal] of Object.entries(replay.final.deals)) {
      const point = dealPoint(start, id, deal);
      deals[id] = { ...deal, us: point?.us ?? null, country: point?.country ?? null };
    }
    students.push({
      file: file.name,
      label: playerName(replay.player) ?? file.name.replace(/\.json$/i, ""),
      scenarioId: replay.scenario.id,
      scenarioTitle: scenario.title,
      seed: replay.seed,
      policy: replay.policy,
      score: score?.total ?? 0,
      grade: score?.grade ?? "—",
      parts: { security: score?.security ?? 0, economy: score?.economy ?? 0, alliances: score?.alliances ?? 0 },
      tracks: replay.turns.map((t) => t.tracks),
      deals,
    });
  }
  const one = sameWorld && world !== null;
  return {
    students, failed, sameWorld: sameWorld && students.length > 0, worldKey: sameWorld ? firstKey : null,
    scenario: one && world ? world.scenario : null, seed: one && world ? world.seed : null, ms: Math.round(now() - started),
  };
}

/** Joins the parts of a class read in parallel, keeping the files' order. */
export function mergeClass(parts: readonly ClassData[], ms: number): ClassData {
  const read = parts.filter((p) => p.students.length > 0);
  const keys = new Set(read.map((p) => p.worldKey));
  const sameWorld = read.length > 0 && read.every((p) => p.sameWorld) && keys.size === 1;
  return {
    students: parts.flatMap((p) => p.students),
    failed: parts.flatMap((p) => p.failed),
    sameWorld,
    worldKey: sameWorld ? (read[0]?.worldKey ?? null) : null,
    scenario: sameWorld ? (read[0]?.scenario ?? null) : null,
    seed: sameWorld ? (read[0]?.seed ?? null) : null,
    ms,
  };
}

// A replay as the classroom holds it: the verified file, its scenario and a timeline with checkpoints, so
// that any month is rebuilt in a millisecond or two. Reading goes through the game's replay checks (the
// same as `cli verify`): a file that does not verify is refused with its problems, never shown.
import { buildTimeline, turnsOf, type Action, type GameState, type Replay, type Scenario, type Timeline } from "../../core";
import { readVerifiedReplay } from "../game/replayFile";
import type { ProblemLike } from "../messages";

export interface LoadedGame {
  replay: Replay;
  scenario: Scenario;
  timeline: Timeline;
  final: GameState;
  /** Who played, for labels: the name stored in the replay, else the file name. */
  label: string;
}

export type LoadResult = { ok: true; game: LoadedGame } | { ok: false; problems: ProblemLike[] };

/** "human:Alice" → "Alice"; "bot:hawk" → "hawk (bot)"; "human" → null. */
export function playerName(player: string): string | null {
  if (player.startsWith("human:") && player.length > 6) return player.slice(6);
  if (player.startsWith("bot:")) return `${player.slice(4)} (bot)`;
  return null;
}

export function gameFromReplay(replay: Replay, scenario: Scenario, fileName: string): LoadResult {
  // A checkpoint every month: any month the viewer jumps to is a state already there (a 20-month game keeps 21).
  const built = buildTimeline(scenario, replay.seed, replay.policy, replay.actions, 1);
  if (!built.ok) return { ok: false, problems: [{ path: `actions[${built.index}]`, message: built.message }] };
  return { ok: true, game: { replay, scenario, timeline: built.timeline, final: built.state, label: playerName(replay.player) ?? fileName.replace(/\.json$/i, "") } };
}

export function loadGameText(text: string, fileName: string, bundled: unknown[]): LoadResult {
  const read = readVerifiedReplay(text, bundled);
  if (!read.ok) return read;
  return gameFromReplay(read.replay, read.scenario, fileName);
}

/** Months the viewer can show: every resolved month, and the month in progress if the replay stops inside one. */
export function monthsOf(game: LoadedGame): number {
  const turns = turnsOf(game.timeline);
  const last = game.timeline.turnStarts[turns] ?? 0;
  return turns + (last < game.replay.actions.length ? 1 : 0);
}

/** The actions taken in month m. */
export function actionsOfMonth(game: LoadedGame, month: number): Action[] {
  const starts = game.timeline.turnStarts;
  return game.replay.actions.slice(starts[month] ?? game.replay.actions.length, starts[month + 1] ?? game.replay.actions.length);
}

// A game being played: the core state, the action log and the per-turn hashes. The UI changes the game
// only through `dispatch`, which hands the action to the core's `step` and keeps what it returns.
// The game is saved in its own slot after every committed action (see saving.ts), so a reload mid-month
// keeps that month's offers and counters.
import {
  newGame, stateHash, step, turnRecordOf, validateScenario, visibleScore,
  type Action, type GameEvent, type GameState, type Policy, type Problem, type Replay, type ReplayParent, type Scenario, type ScoreBreakdown, type TurnRecord,
} from "../../core";
import { replayOf } from "./replayFile";
import { newSlotKey } from "../saves";
import { saveSession } from "./saving";

export type DispatchResult = { ok: true; events: GameEvent[] } | { ok: false; code: string; message: string };
type Listener = (events: GameEvent[], action: Action) => void;

export class Session {
  private listeners = new Set<Listener>();
  /** Events of the last resolved turn, for the turn report. */
  lastTurnEvents: GameEvent[] = [];
  private currentTurnEvents: GameEvent[] = [];
  /** The score as the player sees it at the start of each month played in this session (the HUD's trend, the report's summary). */
  readonly scoreAtStart = new Map<number, ScoreBreakdown>();
  /** Who plays, as the replay records it: "human" or "human:<name>" (the name asked at game start). */
  player = "human";
  /** For a game taken over from a replay's month (a what-if branch): the parent replay and that month. */
  parent: ReplayParent | undefined;
  /** The save slot this game is written to, and the player's name for it ("" until named). */
  slot = newSlotKey();
  slotName = "";
  /** A record per resolved month, kept as the game goes so that saving needs no re-simulation. */
  turnRecords: TurnRecord[] | null = [];

  private constructor(
    readonly start: GameState,
    public state: GameState,
    readonly actions: Action[],
    readonly turnHashes: string[],
  ) {
    this.scoreAtStart.set(state.turn, visibleScore(state));
  }

  static fresh(scenario: Scenario, seed: string, policy: Policy): Session {
    const start = newGame(scenario, seed, { policy });
    return new Session(start, start, [], []);
  }

  static fromReplay(start: GameState, state: GameState, actions: Action[], turnHashes: string[], turnRecords?: TurnRecord[]): Session {
    const session = new Session(start, state, actions.slice(), turnHashes.slice());
    session.turnRecords = turnRecords ? turnRecords.slice() : null;
    return session;
  }

  get scenario(): Scenario {
    return this.state.scenario;
  }

  isOver(): boolean {
    return this.state.status === "over";
  }

  hash(): string {
    return stateHash(this.state);
  }

  /** The replay file of the game so far, in the core's format (null only if the log cannot be replayed, which would be a bug). */
  replay(): Replay | null {
    return replayOf(this.scenario, this.start.seed, this.start.policy, this.actions, this.player, this.parent);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispatch(action: unknown): DispatchResult {
    // The core checks everything about the action; the shell only refuses what is not even an object.
    if (action === null || typeof action !== "object") return { ok: false, code: "action/not-an-object", message: "an action is an object such as {\"type\": \"endTurn\"}" };
    const typed = action as Action;
    const result = step(this.state, typed);
    if (!result.ok) return result;
    this.state = result.state;
    this.actions.push(structuredClone(typed));
    this.currentTurnEvents.push(...result.events);
    if (typed.type === "endTurn") {
      this.scoreAtStart.set(this.state.turn, visibleScore(this.state));
      const hash = stateHash(this.state);
      this.turnHashes.push(hash);
      this.turnRecords?.push(turnRecordOf(this.state, hash));
      this.lastTurnEvents = this.currentTurnEvents;
      this.currentTurnEvents = [];
    }
    this.autosave();
    for (const listener of this.listeners) listener(result.events, typed);
    return { ok: true, events: result.events };
  }

  /** Writes the game to its slot (in the background; a refusal is reported to the player once). */
  autosave(): void {
    void saveSession(this);
  }
}

export type Created = { ok: true; session: Session } | { ok: false; problems: Problem[] };

export function createSession(setup: { scenario: unknown; seed: string; policy: Policy; player?: string }): Created {
  const checked = validateScenario(setup.scenario);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const session = Session.fresh(checked.value, setup.seed, setup.policy);
  if (setup.player) session.player = `human:${setup.player}`;
  session.autosave();
  return { ok: true, session };
}

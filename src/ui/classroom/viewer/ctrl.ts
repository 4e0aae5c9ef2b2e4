// The replay viewer's controller, after lichess's analysis board: it holds the game being viewed (a
// timeline with checkpoints), the month shown, a second game to compare (a what-if branch, the other
// regime's counterfactual, or another file) and the review; input becomes calls here, the view only renders.
import {
  BOTS, branchReplay, buildReplay, compareReplays, stateAtTurn, turnsOf,
  type GameState, type Policy, type Replay,
} from "../../../core";
import { botActions, finishReview, type Review } from "../../../core/classroom";
import { version as GAME_VERSION } from "../../../../package.json";
import { actionsOfMonth, gameFromReplay, monthsOf, type LoadedGame } from "../load";
import { classroomWorker, classroomWorkers, Comlink } from "../workerClient";

export type OtherKind = "branch" | "counterfactual" | "file";

export interface OtherGame {
  game: LoadedGame;
  kind: OtherKind;
  /** For a counterfactual replayed from the player's actions: how many the other regime refused. */
  skipped: number;
}

export type ReviewState =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number }
  | { kind: "done"; review: Review; ms: number }
  | { kind: "failed"; reason: string };

export interface ViewerHost {
  /** Plays on from a month as a new game (a what-if the player takes over). */
  takeOver(game: LoadedGame, month: number): void;
  debrief(game: LoadedGame): void;
  menu(): void;
  error(message: string): void;
}

export type Change = "month" | "other" | "review";

export class ViewerCtrl {
  month: number;
  other: OtherGame | null = null;
  review: ReviewState = { kind: "idle" };
  private listeners = new Set<(change: Change) => void>();

  constructor(readonly game: LoadedGame, readonly host: ViewerHost, month?: number) {
    this.month = Math.max(0, Math.min(month ?? this.months() - 1, this.months() - 1));
  }

  onChange(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }

  months(): number {
    return Math.max(1, monthsOf(this.game));
  }

  /** The state at the end of month m (the replay's last state for a month left unfinished). */
  stateAfter(m: number, game: LoadedGame = this.game): GameState {
    return m + 1 <= turnsOf(game.timeline) ? stateAtTurn(game.timeline, m + 1) : game.final;
  }

  monthActions(m: number, game: LoadedGame = this.game) {
    return actionsOfMonth(game, m);
  }

  jump(month: number): void {
    const next = Math.max(0, Math.min(Math.floor(month), this.months() - 1));
    if (next === this.month) return;
    this.month = next;
    this.emit("month");
  }

  step(delta: number): void {
    this.jump(this.month + delta);
  }

  /** What if a bot had played on from the start of the month shown? A branch replay recording its parent. */
  branchWithBot(botName: string): void {
    const bot = BOTS[botName];
    if (!bot) return;
    const built = branchReplay({ parent: this.game.replay, scenario: this.game.scenario, turn: this.month, bot, gameVersion: GAME_VERSION });
    if (!built.ok) return this.host.error(built.message);
    this.setOther(built.replay, "branch", 0);
  }

  /** The same seed under the other regime, by the player's own actions where they apply, or by a bot. */
  async counterfactual(by: "player" | string): Promise<void> {
    const { scenario, replay } = this.game;
    const policy: Policy = replay.policy === "bilateral" ? "tiered" : "bilateral";
    let actions;
    let skipped = 0;
    if (by === "player") {
      const transposed = await classroomWorker().transpose({ scenario, seed: replay.seed, policy: replay.policy, actions: replay.actions }, policy);
      actions = transposed.actions;
      skipped = transposed.skipped.length;
    } else {
      const bot = BOTS[by];
      if (!bot) return;
      actions = botActions(scenario, replay.seed, policy, bot);
    }
    const built = buildReplay({ scenario, seed: replay.seed, policy, actions, gameVersion: GAME_VERSION, player: by === "player" ? replay.player : `bot:${by}` });
    if (!built.ok) return this.host.error(built.message);
    this.setOther(built.replay, "counterfactual", skipped);
  }

  compareWith(game: LoadedGame): void {
    this.other = { game, kind: "file", skipped: 0 };
    this.emit("other");
  }

  private setOther(replay: Replay, kind: OtherKind, skipped: number): void {
    const loaded = gameFromReplay(replay, this.game.scenario, kind);
    if (!loaded.ok) return this.host.error(loaded.problems[0]?.message ?? "");
    this.other = { game: loaded.game, kind, skipped };
    this.emit("other");
  }

  /** Where the two games part ways, from the core's comparison. */
  comparison() {
    if (!this.other) return null;
    const compared = compareReplays([this.game.replay, this.other.game.replay]);
    return compared.ok ? compared.value : null;
  }

  takeOver(): void {
    this.host.takeOver(this.game, this.month);
  }

  /**
   * The review, split between the classroom's workers (months interleaved: early months, whose bot games
   * run longest, are spread evenly), each reporting its progress; the page joins the shares.
   */
  async startReview(): Promise<void> {
    if (this.review.kind === "running") return;
    const { scenario, replay } = this.game;
    const started = performance.now();
    const total = turnsOf(this.game.timeline);
    this.review = { kind: "running", done: 0, total };
    this.emit("review");
    try {
      const workers = classroomWorkers();
      const done = workers.map(() => 0);
      const request = { scenario, seed: replay.seed, policy: replay.policy, actions: replay.actions };
      const shares = await Promise.all(workers.map((worker, w) => worker.reviewMonths(
        request,
        Array.from({ length: total }, (_, turn) => turn).filter((turn) => turn % workers.length === w),
        Comlink.proxy((count: number) => {
          if (this.review.kind !== "running") return;
          done[w] = count;
          this.review = { kind: "running", done: done.reduce((a, b) => a + b, 0), total };
          this.emit("review");
        }),
      )));
      const failed = shares.find((share) => !share.ok);
      this.review = failed && !failed.ok ? { kind: "failed", reason: failed.message }
        : { kind: "done", review: finishReview(shares.flatMap((share) => (share.ok ? share.months : [])), this.game.final), ms: Math.round(performance.now() - started) };
    } catch (error) {
      this.review = { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
    }
    this.emit("review");
  }
}

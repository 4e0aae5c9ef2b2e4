// A second JavaScript engine: the core bundled with esbuild runs inside QuickJS (WebAssembly) and replays
// the same games; every per-turn hash must equal Node's. That is how determinism is proven, not asserted.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { getQuickJS, type QuickJSContext } from "quickjs-emscripten";
import { beforeAll, describe, expect, it } from "vitest";
import { BOTS, newGame, parseReplayText, parseScenarioText, playGame, scenarioHash, stateHash, type Action, type Policy, type Scenario } from "../../src/core/index";
import { bundleCore } from "./bundle";

const ROOT = new URL("../../", import.meta.url);
const GOLDEN = new URL("tests/golden/", ROOT);
const FIXTURE_TEXT = readFileSync(new URL("tests/fixtures/small.json", ROOT), "utf8");

interface Game { name: string; scenario: Scenario; seed: string; policy: Policy; actions: Action[]; hashes: string[] }

function evalJson(vm: QuickJSContext, code: string): unknown {
  const result = vm.evalCode(code);
  if (result.error) {
    const error = vm.dump(result.error) as unknown;
    result.error.dispose();
    throw new Error(`QuickJS: ${JSON.stringify(error)}`);
  }
  const text = vm.getString(result.value);
  result.value.dispose();
  return JSON.parse(text) as unknown;
}

/** Per-turn hashes of a game replayed in QuickJS: the start hash, then one per endTurn. */
function replayInQuickJS(vm: QuickJSContext, game: Game): string[] {
  return evalJson(vm, `(() => {
    const C = ChipCore;
    const game = ${JSON.stringify({ scenario: game.scenario, seed: game.seed, policy: game.policy, actions: game.actions })};
    let state = C.newGame(game.scenario, game.seed, { policy: game.policy });
    const hashes = [C.stateHash(state)];
    for (const action of game.actions) {
      const r = C.step(state, action);
      if (!r.ok) { hashes.push("rejected:" + r.code); break; }
      state = r.state;
      if (action.type === "endTurn") hashes.push(C.stateHash(state));
    }
    return JSON.stringify(hashes);
  })()`) as string[];
}

function gamesToCheck(): Game[] {
  const games: Game[] = [];
  for (const file of readdirSync(GOLDEN).filter((f) => f.endsWith(".replay.json")).sort()) {
    const checked = parseReplayText(readFileSync(new URL(file, GOLDEN), "utf8"));
    if (!checked.ok || !checked.value.scenario.embedded) throw new Error(`golden replay ${file} unreadable`);
    const r = checked.value;
    games.push({ name: file, scenario: r.scenario.embedded as Scenario, seed: r.seed, policy: r.policy, actions: r.actions, hashes: [r.startHash, ...r.turns.map((t) => t.hash)] });
  }
  const may = join(new URL(".", ROOT).pathname, "scenarios", "may-2025.json");
  if (existsSync(may)) {
    const checked = parseScenarioText(readFileSync(may, "utf8"));
    if (checked.ok) {
      for (const [bot, seed] of [["balanced", "qjs-1"], ["random", "qjs-2"]] as const) {
        const played = playGame(checked.value, seed, BOTS[bot] as NonNullable<(typeof BOTS)[string]>);
        games.push({ name: `may-2025 ${bot} ${seed}`, scenario: checked.value, seed, policy: checked.value.policy, actions: played.actions, hashes: [startHash(checked.value, seed), ...played.turnHashes] });
      }
    }
  }
  return games;
}

function startHash(scenario: Scenario, seed: string): string {
  return stateHash(newGame(scenario, seed));
}

describe("the core in QuickJS", () => {
  let vm: QuickJSContext;
  beforeAll(async () => {
    const bundle = await bundleCore("ChipCore");
    const QuickJS = await getQuickJS();
    vm = QuickJS.newContext();
    const loaded = vm.evalCode(`${bundle};\n"loaded"`);
    if (loaded.error) {
      const error = vm.dump(loaded.error) as unknown;
      loaded.error.dispose();
      throw new Error(`the bundle does not load in QuickJS: ${JSON.stringify(error)}`);
    }
    loaded.value.dispose();
  });

  it("validates the fixture and hashes it as Node does", () => {
    const node = parseScenarioText(FIXTURE_TEXT);
    if (!node.ok) throw new Error("fixture invalid");
    const inQuickJS = evalJson(vm, `(() => { const r = ChipCore.parseScenarioText(${JSON.stringify(FIXTURE_TEXT)}); return JSON.stringify(r.ok ? ChipCore.scenarioHash(r.value) : r.problems); })()`);
    expect(inQuickJS).toBe(scenarioHash(node.value));
  });

  it("replays every game with the same per-turn hashes as Node", () => {
    const games = gamesToCheck();
    expect(games.length).toBeGreaterThanOrEqual(7);
    for (const game of games) {
      const theirs = replayInQuickJS(vm, game);
      const firstDiff = theirs.findIndex((h, i) => h !== game.hashes[i]);
      expect(firstDiff === -1 ? "same" : `${game.name}: first differs at ${firstDiff === 0 ? "the start" : `turn ${firstDiff - 1}`} (Node ${game.hashes[firstDiff]}, QuickJS ${theirs[firstDiff]})`).toBe("same");
      expect(theirs.length).toBe(game.hashes.length);
    }
  });

  it("plays a bot game in QuickJS that chooses the same actions as in Node", () => {
    const node = parseScenarioText(FIXTURE_TEXT);
    if (!node.ok) throw new Error("fixture invalid");
    for (const bot of ["balanced", "random"]) {
      const ours = playGame(node.value, "qjs-bot", BOTS[bot] as NonNullable<(typeof BOTS)[string]>);
      const theirs = evalJson(vm, `(() => { const r = ChipCore.parseScenarioText(${JSON.stringify(FIXTURE_TEXT)}); const g = ChipCore.playGame(r.value, "qjs-bot", ChipCore.BOTS[${JSON.stringify(bot)}]); return JSON.stringify({ actions: g.actions, hashes: g.turnHashes }); })()`) as { actions: Action[]; hashes: string[] };
      expect(theirs.actions).toEqual(ours.actions);
      expect(theirs.hashes).toEqual(ours.turnHashes);
    }
  });
});

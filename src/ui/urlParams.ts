// ?scenario=<id>&seed=<seed>&policy=<regime> start a game directly, so a shared link reproduces it.
// Anything wrong is reported in plain words and the menu opens instead.
import { t } from "../i18n";
import type { ProblemLike } from "./messages";

export interface UrlGame {
  scenarioId: string;
  seed: string;
  policy: "bilateral" | "tiered" | undefined;
}

export type UrlParams = { kind: "none" } | { kind: "game"; game: UrlGame } | { kind: "invalid"; problems: ProblemLike[] };

const SEED_PATTERN = /^[\p{L}\p{N} ._:-]{1,64}$/u;

export function isValidSeed(seed: string): boolean {
  return SEED_PATTERN.test(seed) && seed.trim() === seed;
}

export function readUrlParams(search: string, scenarioIds: string[]): UrlParams {
  const params = new URLSearchParams(search);
  const scenarioId = params.get("scenario");
  const seed = params.get("seed");
  const policy = params.get("policy");
  if (scenarioId === null && seed === null && policy === null) return { kind: "none" };

  const problems: ProblemLike[] = [];
  if (scenarioId === null) problems.push({ path: "scenario", message: t("url.scenarioMissing") });
  else if (!scenarioIds.includes(scenarioId)) {
    const known = scenarioIds.length ? ` ${t("url.scenarioKnown", { ids: scenarioIds.join(", ") })}` : "";
    problems.push({ path: "scenario", message: t("url.scenarioUnknown", { value: scenarioId.slice(0, 64) }) + known });
  }
  if (seed === null) problems.push({ path: "seed", message: t("url.seedMissing") });
  else if (!isValidSeed(seed)) problems.push({ path: "seed", message: t("url.seedInvalid") });
  if (policy !== null && policy !== "bilateral" && policy !== "tiered") {
    problems.push({ path: "policy", message: t("url.policyInvalid", { value: policy.slice(0, 32) }) });
  }
  if (problems.length > 0 || scenarioId === null || seed === null) return { kind: "invalid", problems };
  return { kind: "game", game: { scenarioId, seed, policy: policy === null ? undefined : (policy as UrlGame["policy"]) } };
}

/** The link that reproduces a game, for the "share" button. */
export function gameUrl(scenarioId: string, seed: string, policy: string): string {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ scenario: scenarioId, seed, policy }).toString();
  url.hash = "";
  return url.toString();
}

/** A fresh seed for "draw a seed": the shell may use randomness, the core never does. */
export function drawSeed(): string {
  const words = ["amber", "basalt", "cedar", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper",
    "kestrel", "lumen", "meridian", "nimbus", "onyx", "prism", "quartz", "river", "sierra", "tundra"];
  const values = crypto.getRandomValues(new Uint32Array(2));
  const word = words[(values[0] ?? 0) % words.length] ?? "seed";
  return `${word}-${(values[1] ?? 0) % 10000}`;
}

// The score in view: a button in the top bar (total, trend, the three parts) and a dialog that says what
// each part weighs and what moves it. The score shown during the game is the core's visibleScore: true
// leakage, which stays hidden, is replaced by its estimate; the debrief gives the real one.
import { estimatedLeakage, visibleScore, type GameState, type ScoreBreakdown } from "../core";
import { t, formatNumber, formatPerMille, formatMillions, formatBillions, formatCompact } from "../i18n";
import { el, button, byId, openModal } from "./dom";

const PARTS = ["security", "economy", "alliances"] as const;

function signed(value: number): string {
  return value > 0 ? `▲ +${formatNumber(value)}` : value < 0 ? `▼ −${formatNumber(-value)}` : "";
}

/** The score button in the top bar, at `left` CSS pixels; re-rendered with the HUD. */
export function renderScoreButton(state: GameState, before: ScoreBreakdown | undefined, left: number): void {
  const score = visibleScore(state);
  const change = before ? score.total - before.total : 0;
  const partTexts = PARTS.map((part) => t("hud.scorePart", { part: t(`score.${part}`), value: score[part] }));
  const parts = partTexts.join(" · ");
  const label = t("hud.scoreLabel", { total: score.total, change: before ? signed(change) : "", parts });
  // The visible text is the accessible name; the hint goes in a description (axe: label-content-name-mismatch).
  const fresh = button("", () => openScoreExplained(state), { id: "hud-score", class: "hud-score", "aria-describedby": "hud-score-hint", title: t("hud.scoreHint") });
  fresh.append(
    el("span", { class: "hud-score-total" }, t("hud.score", { total: score.total }), " ", el("span", { class: change > 0 ? "trend up" : change < 0 ? "trend down" : "trend" }, signed(change))),
    // Each part whole: a narrow window breaks the line between parts (style.css), never inside one.
    el("span", { class: "hud-score-parts" }, partTexts.flatMap((text, i) => [i > 0 ? " · " : "", el("span", {}, text)])),
  );
  let hint = document.getElementById("hud-score-hint");
  if (!hint) {
    hint = el("span", { id: "hud-score-hint", class: "visually-hidden" });
    byId("overlay").appendChild(hint);
  }
  hint.textContent = label;
  fresh.style.left = `${Math.round(left)}px`;
  const node = document.getElementById("hud-score");
  // Keep the focus if the player was on it when the month changed.
  const focused = node !== null && document.activeElement === node;
  if (node) node.replaceWith(fresh);
  else byId("overlay").appendChild(fresh);
  if (focused) fresh.focus();
}

export function removeScoreButton(): void {
  document.getElementById("hud-score")?.remove();
  document.getElementById("hud-score-hint")?.remove();
}

/** What each part weighs and what moves it, with today's figures. */
export function openScoreExplained(state: GameState): void {
  const score = visibleScore(state);
  const w = state.scenario.scoring.weights;
  const tracks = state.tracks;
  const why: Record<(typeof PARTS)[number], string> = {
    security: t("scoreHelp.security", { leak: formatCompact(estimatedLeakage(state)), lead: formatPerMille(tracks.usLead) }),
    economy: t("scoreHelp.economy", {
      share: formatPerMille(tracks.potentialRevenue > 0 ? Math.round((tracks.revenue * 1000) / tracks.potentialRevenue) : 0),
      revenue: formatMillions(tracks.revenue),
      investment: formatBillions(tracks.investment),
      reference: formatBillions(state.scenario.scoring.investmentReference),
    }),
    alliances: t("scoreHelp.alliances", { trust: tracks.alliedTrust }),
  };
  const { close } = openModal(
    { title: t("scoreHelp.title", { total: score.total }), className: "wide" },
    el("p", {}, t("scoreHelp.intro")),
    el("table", { class: "ledger" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("scoreHelp.part")), el("th", { scope: "col" }, t("scoreHelp.weight")), el("th", { scope: "col" }, t("scoreHelp.value")), el("th", { scope: "col" }, t("scoreHelp.moves")))),
      el("tbody", {}, PARTS.map((part) => el("tr", {},
        el("th", { scope: "row" }, t(`score.${part}`)),
        el("td", { class: "num" }, formatPerMille(w[part])),
        el("td", { class: "num" }, `${formatNumber(score[part])} / 100`),
        el("td", {}, why[part]))))),
    el("p", { class: "muted" }, t("scoreHelp.estimate")),
    el("div", { class: "actions" }, button(t("common.close"), () => close(), { class: "primary" })),
  );
}

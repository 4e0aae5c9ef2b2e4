// The dilemma dialog: each decision waiting for the player, with its news item, the question, every option
// with its consequence, the deadline and the default that applies if the player stays silent. Choosing
// dispatches answerDilemma to the core; the dialog then shows what the choice means.
import { auditProblem, COMPLIANCE, hasSafeguards, turnDate, type Action, type GameState, type OpenDilemma } from "../../core";
import { t, formatMonth, formatPerMille, hasMessage, localized, type MessageKey } from "../../i18n";
import { decisionOptionLabel, decisionTitle, generatedParams } from "./decisionText";
import { nameOf } from "./countryFacts";
import { button, clear, el, openModal } from "../dom";
import { announce } from "../announce";

export interface DilemmaHost {
  state(): GameState;
  dispatch(action: Action): { ok: true } | { ok: false; message: string };
}

export function dilemmaTitle(state: GameState, eventId: string): string {
  return decisionTitle(state, eventId);
}

function deadlineText(state: GameState, open: OpenDilemma): string {
  if (open.deadlineTurn <= state.turn) return t("dilemma.deadlineNow");
  return t("dilemma.deadline", { month: formatMonth(turnDate(state.scenario.startDate, open.deadlineTurn)) });
}

function sourceOf(state: GameState, source: string | undefined): HTMLElement | null {
  if (!source) return null;
  const listed = state.scenario.sources.find((s) => s.id === source);
  const url = listed?.url ?? (/^https?:\/\//.test(source) ? source : undefined);
  if (!url) return null;
  return el("p", { class: "muted" }, `${t("dilemma.source")}: `, el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, listed?.title ?? new URL(url).hostname));
}

/** A decision the game raised (renewal, violation, request): its texts from the catalogue, its options from the core. */
function generatedCard(state: GameState, open: OpenDilemma, choose: (event: string, option: string) => void): HTMLElement | null {
  const g = open.generated;
  if (!g) return null;
  const params = generatedParams(state, open);
  const safeId = open.event.replace(/[^A-Za-z0-9-]/g, "-");
  return el(
    "article",
    { class: "dispatch dilemma", id: `dilemma-${safeId}` },
    el("h3", {}, t(`decision.${g.kind}.title`, params)),
    el("p", {}, t(`decision.${g.kind}.text`, params)),
    el("p", {}, el("strong", {}, t(`decision.${g.kind}.question`, params))),
    el("p", { class: "muted" }, deadlineText(state, open), g.kind === "violation" ? "" : ` ${t("decision.silence")}`),
    el("ul", { class: "stack", style: "list-style:none;padding:0" }, g.options.map((option) => {
      const label = decisionOptionLabel(state, open.event, option.id);
      const consequenceKey = `decision.${g.kind}.${option.id}.consequence`;
      return el("li", { class: "stack" },
        el("div", { class: "row" },
          el("strong", { class: "spacer" }, label, option.id === g.default ? el("span", { class: "muted" }, ` — ${t("dilemma.default")}`) : null),
          button(t("dilemma.choose"), () => choose(open.event, option.id), { id: `dilemma-${safeId}-${option.id}`, "aria-label": `${t("dilemma.choose")}: ${label}` }),
        ),
        el("p", { class: "muted" }, hasConsequence(consequenceKey) ? t(consequenceKey, params) : ""),
      );
    })),
  );
}

function hasConsequence(key: string): key is MessageKey {
  return hasMessage(key);
}

/** The deals whose safeguards can be audited: compliance, term, and an Audit button each. */
function auditCard(state: GameState, auditDeal: (country: string) => void): HTMLElement | null {
  const deals = Object.values(state.countries).filter((c) => c.deal !== null && hasSafeguards(c.deal.terms));
  if (deals.length === 0 || state.status !== "playing") return null;
  deals.sort((a, b) => (a.deal?.compliance ?? 0) - (b.deal?.compliance ?? 0));
  return el(
    "article",
    { class: "dispatch", id: "audits" },
    el("h3", {}, t("audit.heading")),
    el("p", { class: "muted" }, t("audit.intro", { cost: COMPLIANCE.auditCost })),
    el("ul", { class: "stack", style: "list-style:none;padding:0" }, deals.map((country) => {
      const deal = country.deal;
      if (!deal) return null;
      const audited = deal.auditedTurn === state.turn;
      const name = nameOf(state, country.id);
      return el("li", { class: "row" },
        el("span", { class: "spacer" }, t("audit.row", { country: name, compliance: formatPerMille(deal.compliance), until: formatMonth(turnDate(state.scenario.startDate, deal.endTurn - 1)) })),
        audited ? el("span", { class: "muted" }, t("audit.done"))
          : button(t("audit.button"), () => auditDeal(country.id), { id: `audit-${country.id}`, "aria-label": t("audit.aria", { country: name }), ...(auditProblem(state, country) ? { disabled: "" } : {}) }),
      );
    })),
  );
}

function dilemmaCard(state: GameState, open: OpenDilemma, choose: (event: string, option: string) => void): HTMLElement | null {
  if (open.generated) return generatedCard(state, open, choose);
  const event = state.scenario.events.find((e) => e.id === open.event);
  const choice = event?.choice;
  if (!event || !choice) return null;
  return el(
    "article",
    { class: "dispatch dilemma", id: `dilemma-${event.id}` },
    el("h3", {}, localized(event.title)),
    el("p", {}, localized(event.text)),
    event.hypothetical ? el("p", { class: "muted" }, t("dilemma.hypothetical")) : sourceOf(state, event.source),
    el("p", {}, el("strong", {}, localized(choice.question))),
    el("p", { class: "muted" }, deadlineText(state, open)),
    el("ul", { class: "stack", style: "list-style:none;padding:0" }, choice.options.map((option) =>
      el("li", { class: "stack" },
        el("div", { class: "row" },
          el("strong", { class: "spacer" }, localized(option.label), option.id === choice.default ? el("span", { class: "muted" }, ` — ${t("dilemma.default")}`) : null),
          button(t("dilemma.choose"), () => choose(event.id, option.id), { id: `dilemma-${event.id}-${option.id}`, "aria-label": `${t("dilemma.choose")}: ${localized(option.label)}` }),
        ),
        el("p", { class: "muted" }, localized(option.consequence)),
      ))),
  );
}

/** Whether the Decisions dialog has anything to show: a decision waiting, or a deal's safeguards to audit. */
export function hasDecisions(state: GameState): boolean {
  return state.dilemmas.length > 0 || Object.values(state.countries).some((c) => c.deal !== null && hasSafeguards(c.deal.terms) && c.deal.auditedTurn !== state.turn);
}

/** Opens the dialog listing every open decision and the deals to audit. Does nothing when there is nothing to decide. */
export function openDilemmas(host: DilemmaHost, onClose?: () => void): boolean {
  if (!hasDecisions(host.state())) return false;
  const body = el("div", { class: "stack", id: "dilemmas" });
  let message: { text: string; ok: boolean } | null = null;
  const choose = (eventId: string, optionId: string) => {
    const before = host.state();
    const option = before.scenario.events.find((e) => e.id === eventId)?.choice?.options.find((o) => o.id === optionId);
    const open = before.dilemmas.find((d) => d.event === eventId);
    const generated = open?.generated;
    const label = decisionOptionLabel(before, eventId, optionId);
    const consequenceKey = generated ? `decision.${generated.kind}.${optionId}.consequence` : "";
    const consequence = option ? localized(option.consequence) : open && hasConsequence(consequenceKey) ? t(consequenceKey, generatedParams(before, open)) : "";
    const result = host.dispatch({ type: "answerDilemma", event: eventId, option: optionId });
    message = !result.ok ? { text: result.message, ok: false } : { text: t("dilemma.answered", { option: label, consequence }), ok: true };
    announce(message.text);
    render();
  };
  const auditDeal = (country: string) => {
    const result = host.dispatch({ type: "audit", country });
    message = result.ok ? null : { text: result.message, ok: false };
    if (message) announce(message.text);
    render();
  };
  const render = () => {
    const state = host.state();
    clear(body);
    if (message) body.appendChild(el("p", { class: message.ok ? "muted" : "problems", role: message.ok ? "status" : "alert", id: "dilemma-message" }, message.text));
    for (const open of state.dilemmas) {
      const card = dilemmaCard(state, open, choose);
      if (card) body.appendChild(card);
    }
    const audits = auditCard(state, auditDeal);
    if (audits) body.appendChild(audits);
  };
  render();
  const { dialog, close } = openModal(
    { title: t("dilemma.heading"), className: "wide", onClose },
    body,
    el("div", { class: "actions" }, button(t("dilemma.later"), () => close(), { class: "primary", id: "dilemmas-close" })),
  );
  dialog.scrollTop = 0;
  return true;
}

// The dilemma dialog: each decision waiting for the player, with its news item, the question, every option
// with its consequence, the deadline and the default that applies if the player stays silent. Choosing
// dispatches answerDilemma to the core; the dialog then shows what the choice means.
import { turnDate, type Action, type GameState, type OpenDilemma } from "../../core";
import { t, formatMonth, localized } from "../../i18n";
import { button, clear, el, openModal } from "../dom";
import { announce } from "../announce";

export interface DilemmaHost {
  state(): GameState;
  dispatch(action: Action): { ok: true } | { ok: false; message: string };
}

export function dilemmaTitle(state: GameState, eventId: string): string {
  const event = state.scenario.events.find((e) => e.id === eventId);
  return event ? localized(event.title) : eventId;
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

function dilemmaCard(state: GameState, open: OpenDilemma, choose: (event: string, option: string) => void): HTMLElement | null {
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

/** Opens the dialog listing every open dilemma. Does nothing when none is waiting. */
export function openDilemmas(host: DilemmaHost, onClose?: () => void): boolean {
  if (host.state().dilemmas.length === 0) return false;
  const body = el("div", { class: "stack", id: "dilemmas" });
  let message: { text: string; ok: boolean } | null = null;
  const choose = (eventId: string, optionId: string) => {
    const before = host.state();
    const option = before.scenario.events.find((e) => e.id === eventId)?.choice?.options.find((o) => o.id === optionId);
    const result = host.dispatch({ type: "answerDilemma", event: eventId, option: optionId });
    message = !result.ok ? { text: result.message, ok: false }
      : { text: t("dilemma.answered", { option: option ? localized(option.label) : optionId, consequence: option ? localized(option.consequence) : "" }), ok: true };
    announce(message.text);
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

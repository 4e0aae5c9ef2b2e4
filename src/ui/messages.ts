// Messages for bad input: a toast for short news, a dialog listing every problem for bad files and links.
// Problems are shown as text with their JSON path; nothing here ever prints a stack trace.
import { hasMessage, t } from "../i18n";
import type { Params } from "../i18n/format";
import { el, byId, openModal, button } from "./dom";
import { announce } from "./announce";

export interface ProblemLike {
  path: string;
  message: string;
  expected?: string | undefined;
  found?: string | undefined;
  hint?: string | undefined;
  where?: string | undefined;
  /** The core's code for the message (and the hint), worded here in the player's language. */
  code?: string | undefined;
  params?: Params | undefined;
  hintCode?: string | undefined;
  hintParams?: Params | undefined;
}

/** A problem's message in the player's language: from its code when the catalogue words it, else the core's English. */
export function problemText(problem: ProblemLike): string {
  const key = `problem.${problem.code ?? ""}`;
  return problem.code && hasMessage(key) ? t(key, problem.params) : problem.message;
}

/** A problem's likely cause, likewise (undefined when it has none). */
export function problemHintText(problem: ProblemLike): string | undefined {
  const key = `problemHint.${problem.hintCode ?? ""}`;
  return problem.hintCode && hasMessage(key) ? t(key, problem.hintParams) : problem.hint;
}

let toastTimer: number | undefined;

export function showToast(message: string, kind: "error" | "info" = "info"): void {
  document.querySelector(".toast")?.remove();
  const toast = el("div", { class: `toast ${kind}`, role: kind === "error" ? "alert" : "status" }, message);
  byId("overlay").appendChild(toast);
  if (kind === "info") announce(message);
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => toast.remove(), kind === "error" ? 12000 : 5000);
}

/** A game's news toasts ("a decision awaits") belong to that game: leaving it removes them; errors stay to be read. */
export function dismissInfoToast(): void {
  document.querySelector(".toast.info")?.remove();
}

function problemHint(problem: ProblemLike): HTMLElement | null {
  const hint = problemHintText(problem);
  return hint ? el("div", { class: "muted" }, t("problem.hint", { hint })) : null;
}

export function problemList(problems: ProblemLike[]): HTMLElement {
  const shown = problems.slice(0, 40);
  return el(
    "ul",
    { class: "problems" },
    shown.map((problem) =>
      el(
        "li",
        {},
        // `where` names what the path passes through (`countries[5] (MY).demand`), as the command line does.
        problem.path && problem.path !== "(file)" ? el("code", {}, problem.where ?? problem.path) : null,
        problem.path && problem.path !== "(file)" ? ": " : null,
        problemText(problem),
        problem.found ? el("span", { class: "muted" }, ` — ${t("problem.found", { found: problem.found })}`) : null,
        problemHint(problem),
      ),
    ),
    problems.length > shown.length ? el("li", {}, t("problem.more", { count: problems.length - shown.length })) : null,
  );
}

export function showProblems(title: string, problems: ProblemLike[], advice?: string): void {
  const { close } = openModal(
    { title, className: "problems-dialog" },
    el("p", {}, t("problem.count", { count: problems.length })),
    problemList(problems),
    advice ? el("p", { class: "muted" }, advice) : null,
    el("div", { class: "actions" }, button(t("common.ok"), () => close(), { class: "primary", autofocus: true })),
  );
  announce(`${title}. ${problems.map(problemText).join(". ")}`);
}

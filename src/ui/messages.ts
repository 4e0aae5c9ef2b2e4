// Messages for bad input: a toast for short news, a dialog listing every problem for bad files and links.
// Problems are shown as text with their JSON path; nothing here ever prints a stack trace.
import { t } from "../i18n";
import { el, byId, openModal, button } from "./dom";
import { announce } from "./announce";

export interface ProblemLike {
  path: string;
  message: string;
  expected?: string | undefined;
  found?: string | undefined;
  hint?: string | undefined;
  where?: string | undefined;
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
        problem.message,
        problem.found ? el("span", { class: "muted" }, ` — ${t("problem.found", { found: problem.found })}`) : null,
        problem.hint ? el("div", { class: "muted" }, t("problem.hint", { hint: problem.hint })) : null,
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
  announce(`${title}. ${problems.map((p) => p.message).join(". ")}`);
}

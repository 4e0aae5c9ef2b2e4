// Policy actions besides offers: licence requests from industry, briefing Congress, enforcement
// crackdowns and entity listings at a destination, suspending a deal. Costs are the core's constants;
// whether an action is allowed is the core's decision (a rejection is shown with its reason).
import { COSTS, CRACKDOWN_TURNS, profileOf, type GameState, type Action } from "../../core";
import { t } from "../../i18n";
import { el, openModal, button, clear } from "../dom";
import { nameOf, nounOf } from "./countryFacts";
import { confirmGuarded } from "./consequences";

export interface PolicyHost {
  state(): GameState;
  dispatch(action: Action): { ok: true } | { ok: false; message: string };
}

export function openPolicyActions(host: PolicyHost): void {
  const body = el("div", { class: "stack", id: "policy-actions" });
  let message: { text: string; ok: boolean } | null = null;
  let destination: string | undefined;
  const run = async (action: Action, done: string) => {
    if ((action.type === "suspendDeal" || action.type === "entityList") && host.state().countries[action.country]) {
      if (!(await confirmGuarded(host.state(), action))) return;
    }
    const result = host.dispatch(action);
    message = result.ok ? { text: done, ok: true } : { text: result.message, ok: false };
    render();
  };
  const render = () => {
    const state = host.state();
    clear(body);
    if (message) body.appendChild(el("p", { class: message.ok ? "muted" : "problems", role: message.ok ? "status" : "alert" }, message.text));
    const pending = state.licences.filter((licence) => licence.decision === "pending");
    body.appendChild(
      el(
        "section",
        { class: "report-section" },
        el("h3", {}, t("policy.licences")),
        pending.length === 0
          ? el("p", { class: "muted" }, t("policy.noLicences"))
          : el("ul", { class: "stack", style: "list-style:none;padding:0" }, pending.map((licence) =>
              el("li", { class: "row" },
                el("span", { class: "spacer" }, t("policy.licenceRequest", { country: nounOf(state, licence.country), chips: licence.chips }),
                  profileOf(state, licence.country).adversary ? el("strong", {}, ` ${t("policy.toAdversary")}`) : null),
                button(t("policy.approve"), () => void run({ type: "licence", id: licence.id, decision: "approve" }, t("policy.approved")), { id: `licence-approve-${licence.id}` }),
                button(t("policy.deny"), () => void run({ type: "licence", id: licence.id, decision: "deny" }, t("policy.denied")), { id: `licence-deny-${licence.id}` }),
              ))),
        el("p", { class: "muted" }, t("policy.licenceNote")),
      ),
    );
    body.appendChild(
      el(
        "section",
        { class: "report-section" },
        el("h3", {}, t("policy.congress")),
        el("p", { class: "muted" }, t("policy.congressExplain", { cost: COSTS.briefCongress })),
        button(t("policy.brief", { cost: COSTS.briefCongress }), () => void run({ type: "briefCongress" }, t("policy.briefed")), { id: "policy-brief", disabled: state.briefedThisTurn }),
      ),
    );
    const destinations = state.scenario.countries.filter((c) => !c.adversary).map((c) => c.id);
    const select = el("select", { id: "policy-country", "aria-label": t("policy.destination") }, destinations.map((id) => el("option", { value: id, selected: id === destination }, nameOf(state, id))));
    select.addEventListener("change", () => (destination = select.value));
    body.appendChild(
      el(
        "section",
        { class: "report-section" },
        el("h3", {}, t("policy.enforcement")),
        el("p", { class: "muted" }, t("policy.enforcementExplain", { crackdown: COSTS.crackdown, turns: CRACKDOWN_TURNS, entity: COSTS.entityList })),
        el("div", { class: "row" },
          select,
          button(t("policy.crackdown"), () => void run({ type: "crackdown", country: select.value }, t("policy.crackdownDone", { country: nounOf(state, select.value) })), { id: "policy-crackdown" }),
          button(t("policy.entityList"), () => void run({ type: "entityList", country: select.value }, t("policy.entityListDone", { country: nounOf(state, select.value) })), { id: "policy-entity-list" }),
          button(t("policy.suspend"), () => void run({ type: "suspendDeal", country: select.value }, t("policy.suspended", { country: nounOf(state, select.value) })), { id: "policy-suspend" }),
        ),
      ),
    );
    body.appendChild(el("p", { class: "muted" }, t("policy.capitalLeft", { capital: state.tracks.politicalCapital })));
  };
  render();
  const { close } = openModal({ title: t("policy.title"), className: "wide" }, body, el("div", { class: "actions" }, button(t("common.close"), () => close(), { class: "primary" })));
}

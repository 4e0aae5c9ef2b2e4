// The country side panel: what the player knows, the deal in force, and the negotiation — compose an
// offer, read the reply with its reasons, accept a counter, walk away, and the offers so far.
import { profileOf, COSTS, canNegotiate, dealCost, type GameState, type GameEvent, type Terms, type Action, type CountryState, type OfferRecord } from "../../core";
import { t, formatMonth, formatPerMille } from "../../i18n";
import { turnDate } from "../../core";
import { el, button, byId, clear } from "../dom";
import { factList, nameOf, nounOf, statusLabel } from "./countryFacts";
import { describeReason, describeTerms } from "./terms";
import { offerForm } from "./offerForm";
import { whyNoOffer } from "./rejections";
import { confirmGuarded, walkAwayCost } from "./consequences";

export type ReplyEvent = Extract<GameEvent, { type: "reply" }>;

export interface CountryPanelHost {
  state(): GameState;
  dispatch(action: Action): { ok: true } | { ok: false; message: string };
  lastReply(country: string): ReplyEvent | undefined;
  close(): void;
}

export class CountryPanel {
  readonly element: HTMLElement;
  countryId: string | null = null;
  private composing = false;
  private error: string | null = null;

  constructor(private readonly host: CountryPanelHost) {
    this.element = el("aside", { class: "side-panel", id: "country-panel", "aria-live": "off", hidden: true });
    byId("overlay").appendChild(this.element);
  }

  open(id: string, compose = false): void {
    this.countryId = id;
    this.composing = compose;
    this.error = null;
    this.element.hidden = false;
    this.render();
    (this.element.querySelector("#offer-chips, h2 button, button") as HTMLElement | null)?.focus();
  }

  close(): void {
    this.countryId = null;
    this.element.hidden = true;
    clear(this.element);
  }

  get isOpen(): boolean {
    return this.countryId !== null;
  }

  startOffer(): void {
    if (this.countryId && this.canOffer()) this.open(this.countryId, true);
  }

  private canOffer(): boolean {
    const state = this.host.state();
    const country = this.countryId ? state.countries[this.countryId] : undefined;
    return !!country && state.status === "playing" && canNegotiate(state, country.id);
  }

  /** Suspending a deal or listing entities is asked first, with what it would change. */
  async guarded(action: { type: "suspendDeal" | "entityList"; country: string }): Promise<boolean> {
    if (!(await confirmGuarded(this.host.state(), action))) return false;
    return this.act(action);
  }

  async walkAway(): Promise<boolean> {
    const id = this.countryId;
    return id ? this.act({ type: "walkAway", country: id }) : false;
  }

  /** Runs an action through the host; a rejection is shown in the panel with the core's reason. */
  act(action: Action): boolean {
    const result = this.host.dispatch(action);
    this.error = result.ok ? null : result.message;
    // After an offer, the form stays open below the reply (starting from their counter), where it was.
    const state = this.host.state();
    this.composing = action.type === "offer" && !!this.countryId && !!state.countries[this.countryId]?.negotiation?.counter;
    const scroll = this.element.scrollTop;
    if (this.countryId) this.render();
    this.element.scrollTop = scroll;
    this.element.querySelector("#panel-reply")?.scrollIntoView({ block: "nearest" });
    return result.ok;
  }

  render(): void {
    const id = this.countryId;
    if (!id) return;
    const state = this.host.state();
    const country = state.countries[id];
    if (!country) return;
    const profile = profileOf(state, id);
    clear(this.element);
    const playing = state.status === "playing";
    const negotiation = country.negotiation;
    // The reply of this session's last offer, or — after a restore — the counter on the table, with the
    // reasons the core keeps in the state.
    const reply = this.host.lastReply(id) ?? counterFromState(country);
    const header = el("h2", { id: "country-panel-title" }, el("span", { class: "spacer" }, nameOf(state, id)), button(t("common.close"), () => this.host.close(), { title: t("panel.closeLabel") }, "Esc"));
    this.element.setAttribute("aria-labelledby", "country-panel-title");
    const sections: (HTMLElement | null)[] = [
      header,
      el("p", {}, el("span", { class: "badge" }, statusLabel(state, country))),
      this.error ? el("p", { class: "problems", role: "alert" }, this.error) : null,
      factList(state, country),
    ];
    if (country.deal) {
      sections.push(
        el("section", { class: "report-section" },
          el("h3", {}, t("panel.dealInForce", { date: formatMonth(turnDate(state.scenario.startDate, country.deal.signedTurn)) })),
          el("p", {}, describeTerms(country.deal.terms)),
          el("p", { class: "muted", id: "panel-deal-term" }, t("panel.dealTerm", { until: formatMonth(turnDate(state.scenario.startDate, country.deal.endTurn - 1)), compliance: formatPerMille(country.deal.compliance) })),
          playing ? button(t("panel.suspendDeal"), () => void this.guarded({ type: "suspendDeal", country: id }), { class: "danger", id: "panel-suspend" }) : null,
        ),
      );
    }
    if (reply && (negotiation || reply.reply !== "counter")) sections.push(this.replyView(state, reply));
    if (this.composing && playing) {
      if (negotiation?.counter) {
        sections.push(el("div", { class: "row" },
          button(t("panel.acceptCounter", { cost: dealCost(state, country) }), () => this.act({ type: "acceptCounter", country: id }), { id: "panel-accept" }, "A"),
          button(t("panel.walkAway", { cost: walkAwayCost(state, id) }), () => void this.walkAway(), { class: "danger", id: "panel-walk-away" }, "W")));
      }
      sections.push(offerForm(state, country, (terms: Terms) => this.act({ type: "offer", country: id, terms }), () => { this.composing = false; this.render(); }));
    } else if (playing && !profile.adversary) {
      const canOffer = this.canOffer();
      sections.push(
        el("div", { class: "row" },
          button(negotiation?.counter ? t("panel.counterBack") : country.deal ? t("panel.renegotiate") : t("panel.makeOffer"), () => this.startOffer(), { class: "primary", id: "panel-offer", disabled: !canOffer }, "O"),
          negotiation?.counter ? button(t("panel.acceptCounter", { cost: dealCost(state, country) }), () => this.act({ type: "acceptCounter", country: id }), { id: "panel-accept" }, "A") : null,
          negotiation ? button(t("panel.walkAway", { cost: walkAwayCost(state, id) }), () => void this.walkAway(), { class: "danger", id: "panel-walk-away" }, "W") : null,
        ),
        canOffer ? null : el("p", { class: "muted", id: "panel-no-offer" }, whyNoOffer(state, id)),
      );
    }
    if (playing && !profile.adversary) {
      sections.push(
        el("section", { class: "report-section" },
          el("h3", {}, t("panel.enforcement")),
          el("div", { class: "row" },
            button(t("panel.crackdown", { cost: COSTS.crackdown }), () => this.act({ type: "crackdown", country: id }), { id: "panel-crackdown", disabled: country.crackdownUntil > state.turn }),
            button(t("panel.entityList", { cost: COSTS.entityList }), () => void this.guarded({ type: "entityList", country: id }), { id: "panel-entity-list", disabled: country.entityListed }),
          ),
        ),
      );
    }
    sections.push(this.historyView(state, id));
    for (const section of sections) if (section) this.element.appendChild(section);
  }

  private replyView(state: GameState, reply: ReplyEvent): HTMLElement {
    const heading = t(`reply.${reply.reply}`, { country: nounOf(state, reply.country) });
    return el(
      "section",
      { class: `reply ${reply.reply.toLowerCase()}`, id: "panel-reply" },
      el("strong", {}, heading),
      reply.terms && reply.reply === "counter" ? el("p", {}, t("reply.theirTerms"), " ", describeTerms(reply.terms)) : null,
      reply.reasons.length ? el("ul", {}, reply.reasons.map((r) => el("li", {}, describeReason(state, r)))) : null,
    );
  }

  /** The open negotiation's offers, then every earlier negotiation and how it ended, newest first. */
  private historyView(state: GameState, id: string): HTMLElement {
    const country = state.countries[id];
    const offers = country?.negotiation?.offers ?? [];
    const closed = [...(country?.closedTalks ?? [])].reverse();
    const list = (records: OfferRecord[], listId?: string) =>
      el("ol", { class: "history", id: listId }, records.map((offer) =>
        el("li", {},
          el("strong", {}, t(offer.by === "us" ? "panel.byUs" : "panel.byThem", { date: formatMonth(turnDate(state.scenario.startDate, offer.turn)), round: offer.round })),
          " ", describeTerms(offer.terms),
          offer.reasons?.length ? el("span", { class: "muted" }, ` ${offer.reasons.map((r) => describeReason(state, r)).join(" ")}`) : null)));
    return el(
      "section",
      { class: "report-section" },
      el("h3", {}, t("panel.history")),
      offers.length === 0 && closed.length === 0 ? el("p", { class: "muted" }, t("panel.noHistory")) : null,
      offers.length > 0 ? list(offers, "offer-history") : null,
      closed.map((talks) =>
        el("details", { class: "closed-talks" },
          el("summary", {}, t(`panel.closed.${talks.outcome}`, { date: formatMonth(turnDate(state.scenario.startDate, talks.endedTurn)), rounds: talks.offers.filter((o) => o.by === "us").length })),
          list(talks.offers))),
    );
  }
}

function counterFromState(country: CountryState): ReplyEvent | undefined {
  const last = country.negotiation?.offers[country.negotiation.offers.length - 1];
  if (!last || last.by !== "them") return undefined;
  return { type: "reply", country: country.id, reply: "counter", terms: last.terms, reasons: last.reasons ?? [] };
}

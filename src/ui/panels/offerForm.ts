// Compose an offer over every issue of a deal: chips per month, the five security conditions, and the
// asks (investment pledge, tariff concessions, enforcement cooperation). The form only builds the
// action; the core decides whether it is valid and how the country answers.
import { CONDITIONS, dealCost, preferredTerm, previewOffer, profileOf, TERM_BOUNDS, type GameState, type CountryState, type Terms, type OfferPreview } from "../../core";
import { t, formatNumber, formatPerMille, formatMillions } from "../../i18n";
import { el, button, clear } from "../dom";
import { conditionLabel } from "./terms";

/** A starting point for the form: the counter on the table, else our last offer, else a modest first offer. */
export function initialTerms(state: GameState, country: CountryState): Terms {
  const negotiation = country.negotiation;
  if (negotiation?.counter) return structuredClone(negotiation.counter);
  const ours = negotiation?.offers.filter((o) => o.by === "us").pop();
  if (ours) return structuredClone(ours.terms);
  const profile = profileOf(state, country.id);
  return {
    chips: Math.round(country.demand / 2),
    conditions: { kyc: true, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: true, onSiteAudits: false },
    investment: Math.round(profile.investmentCapacity / 2),
    tariffCut: Math.round(profile.tariffRoom / 2),
    enforcementCooperation: false,
  };
}

function signedPoints(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : value < 0 ? `−${formatNumber(-value)}` : "±0";
}

/** What the offer would do if they accepted it as it stands, recomputed as the player composes. */
function previewLines(preview: OfferPreview): HTMLElement[] {
  const { now, deal, score } = preview;
  return [
    el("li", {}, t("preview.chips", { before: formatNumber(now.shipped), after: formatNumber(deal.shipped) }), " ", el("span", { class: "muted" }, t("preview.revenue", { before: formatMillions(now.revenuePerMonth), after: formatMillions(deal.revenuePerMonth) }))),
    el("li", {}, t("preview.leak", { before: formatPerMille(now.riskPm), after: formatPerMille(deal.riskPm), leakBefore: formatNumber(now.leakPerMonth), leakAfter: formatNumber(deal.leakPerMonth) })),
    el("li", {}, t("preview.score", { months: preview.monthsLeft, total: signedPoints(score.total), security: signedPoints(score.security), economy: signedPoints(score.economy), alliances: signedPoints(score.alliances) })),
  ];
}

function numberField(id: string, label: string, value: number, max: number, step: number, unit: string, onInput: (v: number) => void): HTMLElement[] {
  const range = el("input", { type: "range", id: `${id}-range`, min: 0, max, step, value, "aria-label": label });
  const number = el("input", { type: "number", id, min: 0, max, step: 1, value, "aria-describedby": `${id}-unit`, style: "width:7em" });
  range.addEventListener("input", () => {
    number.value = range.value;
    onInput(Number(range.value));
  });
  number.addEventListener("input", () => {
    range.value = number.value;
    onInput(Math.round(Number(number.value) || 0));
  });
  return [
    el("label", { for: id }, label),
    el("span", { class: "row" }, number, el("span", { class: "muted", id: `${id}-unit` }, unit)),
    el("span", { style: "grid-column: 1 / -1" }, range),
  ];
}

/** The deal's term in months: empty leaves it to the country's preferred term (shown as the placeholder). */
function termField(terms: Terms, preferred: number): HTMLElement {
  const input = el("input", { type: "number", id: "offer-months", min: TERM_BOUNDS.min, max: TERM_BOUNDS.max, step: 1, placeholder: String(preferred), value: terms.months ?? "", style: "width:5em" });
  input.addEventListener("input", () => {
    const months = Math.round(Number(input.value));
    if (input.value === "" || !Number.isFinite(months)) delete terms.months;
    else terms.months = months;
  });
  return el("div", { class: "row" }, el("label", { for: "offer-months" }, t("offer.term")), input);
}

export function offerForm(state: GameState, country: CountryState, onSubmit: (terms: Terms) => void, onCancel: () => void): HTMLFormElement {
  const profile = profileOf(state, country.id);
  const terms = initialTerms(state, country);
  const chipsMax = Math.max(country.demand, 1) * 2;
  const chipsStep = Math.max(1, Math.round(chipsMax / 200));
  const investmentMax = Math.max(profile.investmentCapacity * 2, 10);
  const tariffMax = 100;
  const previewList = el("ul", { class: "preview-lines" });
  const updatePreview = () => {
    const preview = previewOffer(state, country.id, terms);
    clear(previewList);
    if (preview) for (const line of previewLines(preview)) previewList.appendChild(line);
  };
  const conditionBoxes = [...CONDITIONS, "enforcementCooperation" as const].map((condition) => {
    const checked = condition === "enforcementCooperation" ? terms.enforcementCooperation : terms.conditions[condition];
    const input = el("input", { type: "checkbox", name: condition, id: `offer-${condition}`, checked });
    input.addEventListener("change", () => {
      if (condition === "enforcementCooperation") terms.enforcementCooperation = input.checked;
      else terms.conditions[condition] = input.checked;
      updatePreview();
    });
    return el("label", { for: `offer-${condition}` }, input, conditionLabel(condition));
  });
  const form = el(
    "form",
    { class: "stack", "aria-label": t("offer.title") },
    el("h3", {}, t("offer.title")),
    el(
      "fieldset",
      {},
      el("legend", {}, t("offer.give")),
      el("div", { class: "offer-grid" }, numberField("offer-chips", t("offer.chips"), terms.chips, chipsMax, chipsStep, t("offer.chipsUnit", { demand: formatNumber(country.demand) }), (v) => { terms.chips = v; updatePreview(); })),
      termField(terms, preferredTerm(profile)),
    ),
    el("fieldset", {}, el("legend", {}, t("offer.conditions")), el("div", { class: "stack" }, conditionBoxes)),
    el(
      "fieldset",
      {},
      el("legend", {}, t("offer.asks")),
      el(
        "div",
        { class: "offer-grid" },
        numberField("offer-investment", t("offer.investment"), terms.investment, investmentMax, 1, t("offer.investmentUnit"), (v) => { terms.investment = v; updatePreview(); }),
        numberField("offer-tariff", t("offer.tariff"), terms.tariffCut, tariffMax, 1, t("offer.tariffUnit"), (v) => { terms.tariffCut = v; updatePreview(); }),
      ),
    ),
    el("section", { class: "offer-preview", id: "offer-preview", "aria-live": "polite", "aria-labelledby": "offer-preview-title" },
      el("h4", { id: "offer-preview-title" }, t("preview.title")),
      previewList,
      el("p", { class: "muted" }, t("preview.note"))),
    el("p", { class: "muted" }, t("offer.cost", { cost: dealCost(state, country), capital: state.tracks.politicalCapital })),
    el("div", { class: "row" }, button(t("offer.send"), () => form.requestSubmit(), { class: "primary", id: "offer-send" }), button(t("common.cancel"), onCancel)),
  );
  updatePreview();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit(structuredClone(terms));
  });
  return form;
}

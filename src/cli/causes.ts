// English sentences for ledger entries, decisions and replies. The cause phrases come from the game's
// English message catalogue (src/i18n/en.ts and en.tracks.ts: `cause.*`, `risk.*`), the same text the browser shows; the
// catalogue's `t` is browser-bound, so placeholders are filled here. The CLI's own phrases below remain as
// the fallback for a cause the catalogue lacks (typed by LedgerCause, so a new cause fails to compile here).
import type { Action, LedgerCause, LedgerEntry, ReplyReason, Scenario, Terms } from "../core/index";
import { en } from "../i18n/en";
import { fmt, text } from "./format";

const CATALOGUE = en as unknown as Record<string, string | undefined>;

export interface Names {
  country(id: string | undefined): string;
  event(id: string): string;
}

export function namesOf(scenario: Scenario): Names {
  const countries: Record<string, string> = {};
  for (const c of scenario.countries) countries[c.id] = text(c.name);
  const events: Record<string, string> = {};
  for (const e of scenario.events) events[e.id] = text(e.title);
  const country = (id: string | undefined) => (id === undefined ? "?" : countries[id] ?? id);
  return {
    country,
    event: (id) => {
      // A generated decision: kind/country/turn.
      const [kind, who] = id.split("/");
      return events[id] ?? (who !== undefined && kind !== undefined && GENERATED_TITLES[kind] ? `${GENERATED_TITLES[kind]} (${country(who)})` : id);
    },
  };
}

const GENERATED_TITLES: Record<string, string> = {
  renewal: "Deal up for renewal", violation: "Violation of a deal", campus: "Request: a larger allocation for a new campus",
  exemption: "Request: an exemption from a safeguard", complaint: "An ally's complaint about another's deal",
};

const TRACKS: Record<string, { label: string; unit: string }> = {
  politicalCapital: { label: "Political capital", unit: "" },
  hawkishness: { label: "Congressional hawkishness", unit: "" },
  alliedTrust: { label: "Allied trust", unit: "" },
  industryPressure: { label: "Industry pressure", unit: "" },
  usEnforcement: { label: "US enforcement effort", unit: "" },
  alternativeMaturity: { label: "Alternative-chip maturity", unit: "‰" },
  usCompute: { label: "US compute", unit: " H100-equivalents" },
  adversaryCompute: { label: "Adversary compute", unit: " H100-equivalents" },
  leakageTrue: { label: "Leakage", unit: " H100-equivalents" },
  leakageDetected: { label: "Detected leakage", unit: " H100-equivalents" },
  revenue: { label: "Export revenue", unit: " $M" },
  potentialRevenue: { label: "Potential revenue", unit: " $M" },
  investment: { label: "Investment pledged", unit: " $B" },
  tariffConcessions: { label: "Tariff concessions", unit: " points" },
  usLead: { label: "US share of frontier compute", unit: "‰" },
  demand: { label: "Demand abroad", unit: " chips a month" },
};

const RISK: Record<string, string> = {
  "high-exposure": "re-export hub",
  "weak-enforcement": "weak enforcement",
  "no-location-verification": "no location verification",
  "no-kyc": "no know-your-customer checks",
  "large-volume": "large volume",
};

const signed = (n: number): string => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : "±0");
const param = (e: LedgerEntry, key: string): string | number | boolean | string[] | undefined => e.params?.[key];
const num = (e: LedgerEntry, key: string): number => { const v = param(e, key); return typeof v === "number" ? v : 0; };
const str = (e: LedgerEntry, key: string): string => { const v = param(e, key); return v === undefined ? "" : String(v); };

const PER_MILLE_PARAMS = new Set(["unmetPm", "metPm", "ratePm"]);

/** The catalogue's phrase for a cause with its placeholders filled, or null if it has none. */
export function cataloguePhrase(e: LedgerEntry, n: Names): string | null {
  const template = CATALOGUE[`cause.${e.cause}`];
  if (template === undefined) return null;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === "country") return n.country(e.country ?? (typeof e.params?.country === "string" ? e.params.country : undefined));
    if (name === "event") return n.event(str(e, "event"));
    if (name === "rival" || name === "from") return n.country(str(e, name));
    if (name === "reasons") return riskList(e) || (CATALOGUE["risk.none"] ?? "");
    const value = param(e, name);
    if (value === undefined) return whole;
    if (typeof value === "number") return PER_MILLE_PARAMS.has(name) ? `${fmt(value)}‰` : fmt(value);
    return Array.isArray(value) ? value.join(", ") : String(value);
  });
}

/** The reason part of a sentence: [connector, phrase], from the catalogue when it has the cause. */
function reason(e: LedgerEntry, n: Names): [string, string] {
  const own = ownReason(e, n);
  const phrase = cataloguePhrase(e, n);
  if (phrase === null || /\{\w+\}/.test(phrase)) return own;
  return [e.cause === "diversion" ? " via " : own[0] === "" ? "" : ": ", own[0] === "" ? capitalise(phrase) : phrase];
}

function capitalise(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/** The CLI's own phrases: the fallback when the catalogue lacks a cause. */
function ownReason(e: LedgerEntry, n: Names): [string, string] {
  const c = n.country(e.country);
  const cause: LedgerCause = e.cause;
  switch (cause) {
    case "deal-signed": return [": ", `deal signed with ${c}`];
    case "investment-pledged": return [": ", `pledged by ${c} in its deal`];
    case "tariff-concession": return [": ", `tariff concessions by ${c}`];
    case "enforcement-cooperation": return [": ", `enforcement cooperation agreed in the deal`];
    case "reply-accept": return ["", `${c} accepted the US offer (round ${e.delta})`];
    case "reply-counter": return ["", `${c} made a counter-offer (round ${e.delta})`];
    case "reply-walkAway": return ["", `${c} walked away from the talks (round ${e.delta})`];
    case "talks-collapsed": return [": ", `talks with ${c} collapsed`];
    case "us-walked-away": return [": ", `the US walked away from talks with ${c}`];
    case "deal-suspended": return [": ", `the deal with ${c} was suspended`];
    case "deal-suspended-for-cause": return [": ", `the deal with ${c} was suspended for cause after detected diversion`];
    case "ally-deal-broken": return [": ", `a deal with an ally (${c}) was broken`];
    case "crackdown": return [": ", `enforcement crackdown at ${c}`];
    case "crackdown-started": return ["", `Crackdown at ${c} under way through month ${num(e, "until")}`];
    case "entity-listing": return [": ", `risky entities in ${c} were entity-listed`];
    case "brief-congress": return [": ", "Congress was briefed"];
    case "licence-approved": return [": ", `licence ${str(e, "id")} for ${c} approved`];
    case "licence-denied": return [": ", `licence ${str(e, "id")} for ${c} denied`];
    case "licence-to-adversary": return [": ", `a licence for the adversary ${c} was approved`];
    case "licence-expired": return ["", `Licence ${str(e, "id")} for ${c} expired undecided`];
    case "deal-shipments": return [": ", `${fmt(num(e, "chips"))} chips shipped to ${c} under its deal`];
    case "licensed-shipments": return [": ", `${fmt(num(e, "chips"))} chips shipped to ${c} under licences`];
    case "baseline-shipments": return [": ", `${fmt(num(e, "chips"))} chips shipped to ${c} without a deal`];
    case "diversion": {
      const why = riskList(e);
      return [" ", `diverted via ${c}${why ? `: ${why}` : ""} (expected rate ${fmt(num(e, "ratePm"))}‰ of ${fmt(num(e, "shipped"))} shipped)`];
    }
    case "diversion-detected": {
      const why = riskList(e);
      return [" ", `detected at ${c}${why ? `: ${why}` : ""}`];
    }
    case "diversion-scandal": return [": ", `diversion scandal at ${c}${param(e, "chips") === undefined ? "" : ` (${fmt(num(e, "chips"))} chips detected)`}`];
    case "demand-unmet": return [": ", `${c}'s demand for US chips was mostly unmet`];
    case "deal-delivering": return [": ", `${c}'s deal is delivering`];
    case "market-size": return [": ", "what meeting all friendly demand would have earned this month"];
    case "alternatives-mature": return [": ", `alternatives to US chips matured (${fmt(num(e, "unmetPm"))}‰ of friendly demand unmet)`];
    case "us-buildout": return [": ", "US data-centre build-out"];
    case "adversary-domestic-chips": return [": ", "adversary domestic chip output"];
    case "diverted-chips": return [": ", "diverted chips reached the adversary"];
    case "licensed-to-adversary": return [": ", "chips licensed to the adversary"];
    case "compute-balance": return [": ", "the compute balance shifted"];
    case "unmet-demand": return [": ", `unmet demand (${fmt(num(e, "unmetPm"))}‰ of friendly demand)`];
    case "licences-left-pending": return [": ", `${fmt(num(e, "count"))} licence request(s) left pending`];
    case "capital-regained": return [": ", "political capital regained over the month"];
    case "industry-lobbying": return [": ", `industry lobbying (pressure ${fmt(num(e, "pressure"))})`];
    case "congressional-scrutiny": return [": ", `Congressional scrutiny (hawkishness ${fmt(num(e, "hawkishness"))})`];
    case "allies-supplied": return [": ", `allies got ${fmt(num(e, "metPm"))}‰ of the chips they wanted`];
    case "news-cycle-fades": return [": ", "the news cycle fades"];
    case "demand-growth": return [": ", "data-centre build-out abroad"];
    case "pledge-beyond-capacity": return [": ", `${c} was asked to pledge more than it can pay ($${fmt(num(e, "asked"))}B)`];
    case "insulting-offer": return [": ", `${c} took the offer as an insult`];
    case "stubborn-offer": return [": ", `${c} is annoyed by an offer that does not move`];
    case "intelligence": return [": ", `intelligence assessment of ${c}`];
    case "pledge-cancelled": return ["", `${c}'s unpaid pledge of $${fmt(num(e, "unpaid"))}B is lost with its deal`];
    case "tariffs-withdrawn": return [": ", `${c} withdraws its tariff concessions`];
    case "listing-renewed": return [": ", `entity listing in ${c} renewed`];
    case "listing-allies-object": return [": ", `allies object to listing entities in ${c}`];
    case "pledge-instalment": return [": ", `${c} paid an instalment of its pledge ($${fmt(num(e, "paid"))}B of $${fmt(num(e, "pledge"))}B)`];
    case "pledge-default": return ["", `${c} missed an instalment of its pledge ($${fmt(-e.delta)}B lost)`];
    case "talks-lapsed": return [": ", `talks with ${c} lapsed: its deadline passed`];
    case "rival-offer": return ["", `${n.country(str(e, "rival"))} made ${c} an offer`];
    case "rival-offer-lapsed": return ["", `${n.country(str(e, "rival"))}'s offer to ${c} lapsed`];
    case "listing-lapsed": return ["", `The entity listing in ${c} lapsed`];
    case "diversion-displaced": return [" ", `re-routed via ${c} from the listed ${n.country(str(e, "from"))}`];
    case "listing-lost-sales": return [": ", `legitimate buyers in ${c} lose access (${fmt(num(e, "chips"))} chips a month)`];
    case "news": return ["", `News: ${n.event(str(e, "event"))}${param(e, "hypothetical") === true ? " (hypothetical)" : ""}`];
    case "dilemma-answered": return ["", `Dilemma “${n.event(str(e, "event"))}”: chose ${str(e, "option")}`];
    case "dilemma-default": return ["", `Dilemma “${n.event(str(e, "event"))}”: no answer in time, so ${str(e, "option")}`];
    case "dilemma-effect": return [": ", `dilemma “${n.event(str(e, "event"))}” (${str(e, "option")})`];
    case "granted-shipments": return [": ", `${c} received chips under a standing licence`];
    case "rival-grievance": return [": ", `the adversary resents ${str(e, "why")}${c ? ` (${c})` : ""}`];
    case "grievance-fades": return [": ", "the adversary's grievance fades"];
    case "rival-retaliation": return [": ", "the adversary retaliates against US controls"];
    case "rival-purchase-ban": return [": ", `the adversary tells its firms to stop buying US chips${c ? ` (${c})` : ""}`];
    case "allies-object-adversary-sales": return [": ", "allies object to chips licensed to the adversary"];
    case "allies-fear-lax-deals": return [": ", "allies fear deals without location verification with risky partners"];
    case "rival-courting": return [": ", `Huawei Ascend shipments court ${c}, left waiting for US chips`];
    case "audit": return [": ", `audit of ${c}'s safeguards`];
    case "compliance-eroded": return ["", `${c}'s safeguards eroded, unaudited (compliance ${fmt(num(e, "compliance"))}‰)`];
    case "compliance-held": return ["", `${c}'s safeguards audited (compliance ${fmt(num(e, "compliance"))}‰)`];
    case "deal-expired": return [": ", `the deal with ${c} ran out, unrenewed`];
    case "deal-renewed": return [": ", `deal with ${c} renewed`];
    case "deal-lapse-chosen": return ["", `You let the deal with ${c} run out at the end of its term`];
    case "deal-tightened": return ["", `The deal with ${c} changed its safeguards`];
    case "allocation-changed": return ["", `The deal with ${c} now ships ${fmt(num(e, "chips"))} chips a month`];
    case "violation-detected": return [": ", `a violation of ${c}'s deal was caught`];
    case "renewal-asked": return ["", `${c} asks to renew its deal`];
    case "request-made": return ["", `${c} brings a request`];
    case "decision-ignored": return [": ", `${c} was left without an answer`];
    case "event":
    case "event-relations":
    case "event-enforcement":
    case "event-hubExposure":
    case "event-adversaryTies":
    case "event-dependence":
    case "event-demand":
      return [": ", `event “${n.event(str(e, "event"))}”`];
  }
}

function riskList(e: LedgerEntry): string {
  const reasons = param(e, "reasons");
  return Array.isArray(reasons) ? reasons.map((r) => CATALOGUE[`risk.${r}`] ?? RISK[r] ?? r).join(", ") : "";
}

const EVENT_FIELDS: Record<string, string> = {
  "event-hubExposure": "re-export hub exposure", "event-adversaryTies": "ties to adversaries",
  "event-dependence": "dependence on US chips", "event-demand": "demand for US chips",
};

/** One ledger entry as a sentence, e.g. "Leakage +1,200 H100-equivalents diverted via Malaysia: re-export hub, weak enforcement". */
export function describeEntry(e: LedgerEntry, n: Names): string {
  const [connector, phrase] = reason(e, n);
  const c = n.country(e.country);
  let subject: string;
  switch (e.track) {
    case "relations": subject = `Relations with ${c} ${signed(e.delta)}`; break;
    case "enforcement":
      if (e.cause === "crackdown-started") return phrase;
      subject = `${c}'s enforcement capacity ${signed(e.delta)}‰`; break;
    case "deal":
      if (e.cause === "deal-signed") return `Deal signed with ${c}: ${fmt(e.delta)} chips a month for $${fmt(num(e, "investment"))}B of investment and ${fmt(num(e, "tariffCut"))} tariff points`;
      return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
    case "negotiation": return phrase;
    case "licence":
      if (e.cause === "licence-approved") return `Licence ${str(e, "id")} for ${c} approved (${fmt(e.delta)} chips)`;
      if (e.cause === "licence-denied") return `Licence ${str(e, "id")} for ${c} denied`;
      return phrase;
    case "event":
      if (e.cause === "news") return phrase;
      subject = `${c}'s ${EVENT_FIELDS[e.cause] ?? e.cause.replace(/^event-/, "")} ${signed(e.delta)}`; break;
    default: {
      const t = TRACKS[e.track] ?? { label: e.track, unit: "" };
      subject = `${t.label} ${signed(e.delta)}${t.unit}`;
    }
  }
  return `${subject}${connector}${phrase}`;
}

const CONDITION_NAMES: Record<string, string> = {
  kyc: "know-your-customer", noAdversaryHardware: "no adversary hardware", usManagedDatacenters: "US-managed data centres",
  locationVerification: "location verification", onSiteAudits: "on-site audits",
};

export function describeTerms(t: Terms): string {
  const conditions = Object.entries(t.conditions).filter(([, on]) => on).map(([k]) => CONDITION_NAMES[k] ?? k);
  if (t.enforcementCooperation) conditions.push("enforcement cooperation");
  return `${fmt(t.chips)} chips a month for $${fmt(t.investment)}B of investment and ${fmt(t.tariffCut)} tariff points, ${conditions.length ? `conditions: ${conditions.join(", ")}` : "no conditions"}`;
}

export function describeAction(a: Action, n: Names): string {
  switch (a.type) {
    case "offer": return `Offered ${n.country(a.country)} ${describeTerms(a.terms)}`;
    case "acceptCounter": return `Accepted ${n.country(a.country)}'s counter-offer`;
    case "walkAway": return `Walked away from talks with ${n.country(a.country)}`;
    case "suspendDeal": return `Suspended the deal with ${n.country(a.country)}`;
    case "crackdown": return `Ordered an enforcement crackdown at ${n.country(a.country)}`;
    case "entityList": return `Entity-listed risky buyers in ${n.country(a.country)}`;
    case "intelligence": return `Gathered intelligence on ${n.country(a.country)}`;
    case "licence": return `${a.decision === "approve" ? "Approved" : "Denied"} licence ${a.id}`;
    case "briefCongress": return "Briefed Congress";
    case "answerDilemma": return `Answered the dilemma “${n.event(a.event)}”: ${a.option}`;
    case "audit": return `Audited the safeguards of ${n.country(a.country)}'s deal`;
    case "endTurn": return "Ended the month";
  }
}

export function describeReason(r: ReplyReason, n: Names): string {
  switch (r.code) {
    case "wants-more-chips": return `wants at least ${fmt(r.atLeast)} chips a month`;
    case "investment-too-high": return `will pledge at most $${fmt(r.atMost)}B`;
    case "tariff-too-high": return `will cut tariffs by at most ${fmt(r.atMost)} points`;
    case "condition-unacceptable": return `refuses ${CONDITION_NAMES[r.condition] ?? "enforcement cooperation"}`;
    case "peer-precedent": return `cites the deal given to ${n.country(r.peer)} on ${r.issues.join(", ")}`;
    case "deadline-reached": return "has run out of patience";
    case "below-reservation": return "the offer is below its bottom line";
    case "beyond-capacity": return `cannot pledge more than $${fmt(r.capacity)}B in all`;
    case "beyond-tariff-room": return `cannot cut tariffs by more than ${fmt(r.room)} points`;
    case "insulted": return "takes the offer as an insult";
    case "reciprocates": return "answers your move with one of its own";
    case "repeated-offer": return "is annoyed: the offer did not move";
    case "tougher-offer": return "is annoyed: the offer is tougher than the last";
    case "lost-patience": return "has lost patience with the talks";
    case "rival-offer": return `has an offer from ${n.country(r.rival)}`;
    case "us-deadline": return "knows the administration needs deals before its term ends";
    case "prefers-term": return `wants a term of ${r.months} months`;
  }
}

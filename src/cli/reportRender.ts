// Renders the core's debrief model (buildReport) as Markdown, CSV or JSON, with English sentences.
import { turnDate, type LedgerEntry, type Report, type Scenario, type Tracks } from "../core/index";
import { describeAction, describeEntry, describeReason, describeTerms, namesOf, type Names } from "./causes";
import { fmt, outcomeLine, text } from "./format";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function monthName(yearMonth: string): string {
  const [y, m] = yearMonth.split("-");
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

const KEY_TRACKS: (keyof Tracks)[] = ["politicalCapital", "hawkishness", "alliedTrust", "industryPressure", "usLead", "leakageTrue", "leakageDetected", "revenue", "investment", "tariffConcessions", "adversaryCompute", "alternativeMaturity"];
const TRACK_LABEL: Record<string, string> = {
  politicalCapital: "Political capital", hawkishness: "Congressional hawkishness", alliedTrust: "Allied trust",
  industryPressure: "Industry pressure", usLead: "US share of frontier compute (‰)", leakageTrue: "Leakage, true (H100-eq.)",
  leakageDetected: "Leakage, detected (H100-eq.)", revenue: "Export revenue ($M)", investment: "Investment pledged ($B)",
  tariffConcessions: "Tariff concessions (points)", adversaryCompute: "Adversary compute (H100-eq.)", alternativeMaturity: "Alternative-chip maturity (‰)",
};

function row(cells: (string | number)[]): string {
  return `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
}

export function reportMarkdown(report: Report, scenario: Scenario): string {
  const n = namesOf(scenario);
  const out: string[] = [];
  out.push(`# Debrief — ${text(report.scenario.title)}`, "");
  out.push(`Scenario \`${report.scenario.id}\` (content hash ${report.scenario.hash}), seed “${report.seed}”, ${report.policy} regime, played by ${report.player}; replay ${report.replayId}, game version ${report.gameVersion}.`);
  if (report.parent) out.push(`A what-if branch of replay ${report.parent.id}: its first ${report.parent.branchTurn} turn(s) are the parent's.`);
  out.push("", `**Result:** ${outcomeLine(report.outcome, report.turnsPlayed)}.`, "");
  out.push("## Where things ended", "", row(["Track", "Start", "End", "Change"]), row(["---", "---:", "---:", "---:"]));
  for (const t of KEY_TRACKS) out.push(row([TRACK_LABEL[t] ?? t, fmt(report.startTracks[t]), fmt(report.finalTracks[t]), signedFmt(report.finalTracks[t] - report.startTracks[t])]));
  out.push("", "## Turn by turn", "");
  for (const turn of report.turns) {
    out.push(`### Month ${turn.turn + 1} — ${monthName(turn.month)} (turn ${turn.turn})`, "");
    if (turn.decisions.length === 0) out.push("No decisions: the month was simply ended.", "");
    else {
      out.push("**Decisions**", "");
      for (const d of turn.decisions) {
        out.push(`- ${describeAction(d.action, n)}.`);
        if (d.reply) out.push(`  - ${replyLine(d.reply, d.action.type === "offer" ? d.action.country : undefined, n)}`);
        for (const e of d.entries) if (e.track !== "negotiation") out.push(`  - ${describeEntry(e, n)}.`);
      }
      out.push("");
    }
    if (turn.tracksAfter) {
      out.push("**What the month brought**", "");
      for (const e of ordered(turn.consequences)) out.push(`- ${describeEntry(e, n)}.`);
      out.push("", `Leakage this month: ${fmt(turn.leakage.true)} H100-equivalents diverted, ${fmt(turn.leakage.detected)} of them detected${turn.leakage.true > turn.leakage.detected ? ` — ${fmt(turn.leakage.true - turn.leakage.detected)} went unseen` : ""}.`, "");
    } else out.push("_This month was not finished when the replay ends._", "");
  }
  out.push("## Deals", "");
  if (report.deals.length === 0) out.push("No deal was signed.", "");
  else {
    out.push(row(["Country", "Signed", "Terms", "Its utility (‰)", "Hidden bottom line (‰)", "Margin", "Offers", "Status"]), row(["---", "---", "---", "---:", "---:", "---:", "---:", "---"]));
    for (const d of report.deals) {
      const status = d.suspendedTurn === null ? "in force" : `suspended in ${monthName(turnDate(report.startDate, d.suspendedTurn))}${d.suspendedForCause ? " for cause" : ""}`;
      out.push(row([n.country(d.country), monthName(turnDate(report.startDate, d.signedTurn)), describeTerms(d.terms), d.countryUtility, d.reservation, signedFmt(d.marginOverReservation), d.offersExchanged, status]));
    }
    out.push("", "The margin is how far above its hidden bottom line each country signed: room the US could have bargained for.", "");
  }
  out.push("## Leakage: true versus detected", "", row(["Country", "Shipped", "Diverted (true)", "Detected", "Never detected"]), row(["---", "---:", "---:", "---:", "---:"]));
  for (const c of report.countries.filter((x) => !x.adversary)) out.push(row([n.country(c.id), fmt(c.shipped), fmt(c.diverted), fmt(c.detected), fmt(c.undetected)]));
  out.push(row(["**All**", "", fmt(report.leakage.true), fmt(report.leakage.detected), fmt(report.leakage.undetected)]), "");
  out.push("## The counterparts' hidden values, revealed", "", row(["Country", "Bottom line (‰)", "Temperament", "Patience (rounds)", "Relations start → end"]), row(["---", "---:", "---", "---:", "---"]));
  for (const c of report.countries) out.push(row([`${n.country(c.id)}${c.adversary ? " (adversary)" : c.ally ? " (ally)" : ""}`, c.hidden.reservation, c.hidden.temperament, c.hidden.patience, `${c.relationsStart} → ${c.relationsEnd}`]));
  out.push("");
  return out.join("\n");
}

function signedFmt(x: number): string {
  return x > 0 ? `+${fmt(x)}` : x < 0 ? `−${fmt(-x)}` : "0";
}

/** The month's entries with the story first: news and scandals, then leakage and shipments, then the drift. */
function ordered(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const rank = (e: LedgerEntry): number => (e.cause === "news" || e.cause.startsWith("event") ? 0 : e.cause.startsWith("diversion") ? 1 : e.cause.endsWith("shipments") ? 2 : 3);
  return entries.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map((x) => x.e);
}

function replyLine(reply: NonNullable<Report["turns"][number]["decisions"][number]["reply"]>, country: string | undefined, n: Names): string {
  const who = n.country(country);
  const why = reply.reasons.length ? ` (${reply.reasons.map((r) => describeReason(r, n)).join("; ")})` : "";
  if (reply.reply === "accept") return `${who} accepted.`;
  if (reply.reply === "walkAway") return `${who} walked away${why}.`;
  return `${who} countered with ${reply.terms ? describeTerms(reply.terms) : "other terms"}${why}.`;
}

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per decision and per ledger entry: turn, month, phase, action index, track, country, delta, cause, sentence. */
export function reportCsv(report: Report, scenario: Scenario): string {
  const n = namesOf(scenario);
  const lines = [["turn", "month", "phase", "action_index", "track", "country", "delta", "cause", "text"].join(",")];
  const push = (cells: (string | number)[]) => lines.push(cells.map(csvCell).join(","));
  for (const turn of report.turns) {
    for (const d of turn.decisions) {
      const country = "country" in d.action ? d.action.country : "";
      push([turn.turn, turn.month, "decision", d.index, "", country, "", d.action.type, describeAction(d.action, n)]);
      for (const e of d.entries) push([turn.turn, turn.month, "decision", d.index, e.track, e.country ?? "", e.delta, e.cause, describeEntry(e, n)]);
    }
    for (const e of turn.consequences) push([turn.turn, turn.month, "resolution", "", e.track, e.country ?? "", e.delta, e.cause, describeEntry(e, n)]);
  }
  return `${lines.join("\n")}\n`;
}

/** The model as JSON, each decision and entry with its English sentence. */
export function reportJson(report: Report, scenario: Scenario): string {
  const n = namesOf(scenario);
  const withText = {
    ...report,
    turns: report.turns.map((t) => ({
      ...t,
      decisions: t.decisions.map((d) => ({ ...d, text: describeAction(d.action, n), entries: d.entries.map((e) => ({ ...e, text: describeEntry(e, n) })) })),
      consequences: t.consequences.map((e) => ({ ...e, text: describeEntry(e, n) })),
    })),
  };
  return `${JSON.stringify(withText, null, 2)}\n`;
}

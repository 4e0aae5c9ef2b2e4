// Discussion questions drawn from what happened in a game: the debrief's prompts for a class. The core
// picks the facts (codes and parameters); the browser words them in the player's language.
import type { Report } from "../replay/report";

export type Question =
  | { code: "generous-deal"; country: string; turn: number; percent: number }
  | { code: "tight-deal"; country: string; turn: number; margin: number }
  | { code: "unseen-leakage"; country: string; chips: number; share: number }
  | { code: "scandal"; country: string; turn: number; chips: number }
  | { code: "walked-away"; country: string; turn: number }
  | { code: "ally-without-deal"; country: string }
  | { code: "weakest-part"; part: "security" | "economy" | "alliances"; value: number }
  | { code: "regime"; policy: Report["policy"] };

/** At most `limit` questions, the most telling first. */
export function discussionQuestions(report: Report, limit = 5): Question[] {
  const out: Question[] = [];
  const signed = report.deals.filter((d) => d.reservation > 0);
  const generous = [...signed].sort((a, b) => b.marginOverReservation / b.reservation - a.marginOverReservation / a.reservation)[0];
  if (generous && generous.marginOverReservation > 0) {
    out.push({ code: "generous-deal", country: generous.country, turn: generous.signedTurn, percent: Math.round((generous.marginOverReservation * 100) / generous.reservation) });
  }
  const tight = [...signed].sort((a, b) => a.marginOverReservation - b.marginOverReservation)[0];
  if (tight && tight !== generous) out.push({ code: "tight-deal", country: tight.country, turn: tight.signedTurn, margin: tight.marginOverReservation });
  const unseen = [...report.countries].filter((c) => c.undetected > 0).sort((a, b) => b.undetected - a.undetected)[0];
  if (unseen) out.push({ code: "unseen-leakage", country: unseen.id, chips: unseen.undetected, share: Math.round((unseen.undetected * 100) / Math.max(1, report.leakage.true)) });
  let scandal: { country: string; turn: number; chips: number } | null = null;
  for (const turn of report.turns) {
    for (const [country, tally] of Object.entries(turn.leakage.byCountry)) {
      if (tally.detected > 0 && (!scandal || tally.detected > scandal.chips)) scandal = { country, turn: turn.turn, chips: tally.detected };
    }
  }
  if (scandal) out.push({ code: "scandal", ...scandal });
  for (const turn of report.turns) {
    const walked = turn.decisions.find((d) => d.reply?.reply === "walkAway");
    if (walked && walked.action.type === "offer") { out.push({ code: "walked-away", country: walked.action.country, turn: turn.turn }); break; }
  }
  const ally = report.countries.find((c) => c.ally && !c.adversary && !report.deals.some((d) => d.country === c.id));
  if (ally && report.policy === "bilateral") out.push({ code: "ally-without-deal", country: ally.id });
  const score = report.outcome?.score;
  if (score) {
    const parts = (["security", "economy", "alliances"] as const).map((part) => ({ part, value: score[part] }));
    const weakest = parts.sort((a, b) => a.value - b.value)[0];
    if (weakest) out.push({ code: "weakest-part", part: weakest.part, value: weakest.value });
  }
  out.push({ code: "regime", policy: report.policy });
  return out.slice(0, limit);
}

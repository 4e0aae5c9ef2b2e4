// CSV exports for spreadsheets: the tracks month by month, the deals, and the class table. Plain
// comma-separated values with a header row, numbers in the core's units, quoted where needed.
import { CONDITIONS, turnDate, type ReportDeal, type Tracks } from "../../core";

export function csvCell(value: string | number | boolean | null | undefined): string {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\n")}\n`;
}

/** history[k] is the tracks at the start of month k; the last row is the end of the game. */
export function tracksCsv(history: readonly Tracks[], startDate: string): string {
  const first = history[0];
  if (!first) return csv([["month", "date"]]);
  const names = Object.keys(first).sort() as (keyof Tracks)[];
  return csv([
    ["month", "date", ...names],
    ...history.map((tracks, k) => [k, turnDate(startDate, k), ...names.map((n) => tracks[n])]),
  ]);
}

export function dealsCsv(deals: readonly ReportDeal[], startDate: string, bargaining: boolean): string {
  return csv([
    ["country", "signed_month", "signed_date", "chips_per_month", "investment_billion_usd", "tariff_cut_points", "enforcement_cooperation", ...CONDITIONS,
      ...(bargaining ? ["country_utility_pm", "reservation_pm", "margin_pm", "offers_exchanged"] : []), "suspended_month", "suspended_for_cause"],
    ...deals.map((d) => [
      d.country, d.signedTurn, turnDate(startDate, d.signedTurn), d.terms.chips, d.terms.investment, d.terms.tariffCut, d.terms.enforcementCooperation,
      ...CONDITIONS.map((c) => d.terms.conditions[c]),
      ...(bargaining ? [d.countryUtility, d.reservation, d.marginOverReservation, d.offersExchanged] : []),
      d.suspendedTurn ?? "", d.suspendedForCause,
    ]),
  ]);
}

// Scenario-weighted objectives: security, economy and alliances, each 0 to 100, and a grade.
import { clamp, mulDiv } from "./math";
import type { GameState, ScoreBreakdown } from "./state";

/** Billions of investment one point of tariff concession in force is worth when the scenario does not say. */
export const TARIFF_POINT_VALUE = 5;

export function scoreOf(state: GameState, lost: boolean): ScoreBreakdown {
  const { tracks, scenario } = state;
  const start = state.history[0] ?? tracks;
  const leakPart = Math.min(60, mulDiv(tracks.leakageTrue, 60, scenario.scoring.leakageReference));
  const leadPart = clamp(Math.trunc((tracks.usLead - start.usLead) / 2), -30, 30);
  const security = clamp(70 - leakPart + leadPart, 0, 100);
  const revenuePart = tracks.potentialRevenue > 0 ? Math.min(60, mulDiv(tracks.revenue, 60, tracks.potentialRevenue)) : 0;
  // Investment that arrived, and tariff concessions in force at the scenario's value per point.
  const dealValue = tracks.investment + tracks.tariffConcessions * (scenario.scoring.tariffPointValue ?? TARIFF_POINT_VALUE);
  const investmentPart = Math.min(40, mulDiv(dealValue, 40, scenario.scoring.investmentReference));
  const economy = clamp(revenuePart + investmentPart, 0, 100);
  const allies = scenario.countries.filter((c) => c.ally);
  const allyRelations = allies.length === 0 ? tracks.alliedTrust
    : Math.floor(allies.reduce((sum, c) => sum + (state.countries[c.id]?.relations ?? 0), 0) / allies.length);
  const alliances = clamp(Math.floor((tracks.alliedTrust + allyRelations) / 2), 0, 100);
  const w = scenario.scoring.weights;
  let total = Math.floor((security * w.security + economy * w.economy + alliances * w.alliances) / 1000);
  if (lost) total = Math.min(total, 30);
  return { security, economy, alliances, total, grade: gradeOf(total, lost) };
}

function gradeOf(total: number, lost: boolean): ScoreBreakdown["grade"] {
  if (lost) return "F";
  if (total >= 80) return "A";
  if (total >= 70) return "B";
  if (total >= 60) return "C";
  if (total >= 50) return "D";
  return "F";
}

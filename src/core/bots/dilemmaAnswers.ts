// Designed bots answer dilemmas before anything else in a month, each by its own stance: the option whose
// effects it values most (see optionValue). Silence is left to bots that do not think (idle, random).
import { preferredOption, type Stance } from "../dilemmas";
import type { GameState } from "../state";
import type { Bot } from "./strategy";
import { auditAction, auditReserve, generatedAnswer } from "./upkeep";

export const STANCES = {
  hawk: { security: 700, economy: 150, alliances: 150 },
  dealmaker: { security: 150, economy: 700, alliances: 150 },
  balanced: { security: 400, economy: 350, alliances: 250 },
} as const satisfies Record<string, Stance>;

/**
 * A bot that first answers every open decision (scenario dilemmas, renewals, violations, requests) with the
 * option its stance prefers, then plays, and before ending the month audits its deals' safeguards (upkeep.ts).
 */
export function withDilemmas(bot: Bot, stance: Stance | ((state: GameState) => Stance)): Bot {
  return {
    ...bot,
    decide(state) {
      const s = typeof stance === "function" ? stance(state) : stance;
      for (const open of state.dilemmas) {
        const option = generatedAnswer(state, open, s.security) ?? preferredOption(state, open, s);
        if (option) return { type: "answerDilemma", event: open.event, option };
      }
      const action = bot.decide(state);
      if (action.type !== "endTurn") return action;
      return auditAction(state, auditReserve(s.security)) ?? action;
    },
  };
}

// Designed bots answer dilemmas before anything else in a month, each by its own stance: the option whose
// effects it values most (see optionValue). Silence is left to bots that do not think (idle, random).
import { preferredOption, type Stance } from "../dilemmas";
import type { GameState } from "../state";
import type { Bot } from "./strategy";

export const STANCES = {
  hawk: { security: 700, economy: 150, alliances: 150 },
  dealmaker: { security: 150, economy: 700, alliances: 150 },
  balanced: { security: 400, economy: 350, alliances: 250 },
} as const satisfies Record<string, Stance>;

/** A bot that first answers every open dilemma with the option its stance prefers. */
export function withDilemmas(bot: Bot, stance: Stance | ((state: GameState) => Stance)): Bot {
  return {
    ...bot,
    decide(state) {
      const s = typeof stance === "function" ? stance(state) : stance;
      for (const open of state.dilemmas) {
        const option = preferredOption(state, open, s);
        if (option) return { type: "answerDilemma", event: open.event, option };
      }
      return bot.decide(state);
    },
  };
}

// The core refuses an action with a code (and an English sentence for logs and the CLI); the player reads
// the refusal in their own language, worded from the code. A code this module does not know yet (a newer
// core) falls back to the core's sentence rather than to nothing.
import { checkAction, type GameState } from "../../core";
import { t, hasMessage } from "../../i18n";

export function rejectionText(code: string, coreMessage: string): string {
  const key = `rejection.${code}`;
  return hasMessage(key) ? t(key) : coreMessage;
}

/** Why no offer can be made to this country now, in the player's words (the core's own check decides). */
export function whyNoOffer(state: GameState, id: string): string {
  const country = state.countries[id];
  if (!country) return "";
  const rejection = checkAction(state, {
    type: "offer",
    country: id,
    terms: { chips: 0, investment: 0, tariffCut: 0, enforcementCooperation: false, conditions: { kyc: false, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: false, onSiteAudits: false } },
  });
  if (!rejection) return "";
  if (rejection.code === "offer/cooldown") return t("panel.noOfferCooldown", { turn: country.cooldownUntil + 1 });
  if (rejection.code === "offer/tiered-regime") return t("panel.noOfferTiered");
  return rejectionText(rejection.code, rejection.message);
}

import { canonicalJson, hashJson, hashString } from "./hash";
import type { GameState, LedgerEntry } from "./state";

/**
 * The state's fingerprint: canonical JSON of everything but the scenario object (scenarioHash covers it) and
 * the closed turns' ledgers (ledgerDigest chains them), plus the open turn's ledger.
 */
export function stateHash(state: GameState): string {
  const { scenario: _scenario, ledger, ...rest } = state;
  return hashJson({ ...rest, openLedger: ledger[state.turn] ?? [] });
}

/** Extends the ledger digest with a closed turn's entries. */
export function chainLedger(previousDigest: string, entries: readonly LedgerEntry[]): string {
  return hashString(previousDigest + canonicalJson(entries));
}

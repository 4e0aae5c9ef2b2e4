import { hashJson, hashString } from "./hash";
import type { GameState, LedgerEntry } from "./state";

/**
 * The state's fingerprint: canonical JSON of everything but the scenario object (scenarioHash covers it) and
 * the closed turns' ledgers (ledgerDigest chains them), plus the open turn's ledger.
 */
export function stateHash(state: GameState): string {
  const { scenario: _scenario, ledger, ...rest } = state;
  return hashJson({ ...rest, openLedger: ledger[state.turn] ?? [] });
}

/**
 * Extends the ledger digest with a closed turn's entries. Plain JSON.stringify is enough here: entries are
 * built by the core with a fixed key order, and JSON round trips and every engine keep insertion order.
 */
export function chainLedger(previousDigest: string, entries: readonly LedgerEntry[]): string {
  return hashString(previousDigest + JSON.stringify(entries));
}

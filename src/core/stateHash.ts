import { hashJson, hashString } from "./hash";
import type { GameState, LedgerEntry } from "./state";

// Digest of the ledger up to and including a closed turn, memoized on that turn's entry list. Closed turns'
// lists are shared between successive states and never change, so each is hashed once per game however
// often states are hashed, and games that never ask for a hash (bots, batch) never pay for it.
const digestUpTo = new WeakMap<readonly LedgerEntry[], string>();

function ledgerDigest(ledger: readonly (readonly LedgerEntry[])[], closedTurns: number): string {
  let digest = "";
  let from = 0;
  // Find the latest memoized turn, then chain forward from there.
  for (let k = closedTurns - 1; k >= 0; k--) {
    const memo = digestUpTo.get(ledger[k] ?? []);
    if (memo !== undefined) { digest = memo; from = k + 1; break; }
  }
  for (let k = from; k < closedTurns; k++) {
    const entries = ledger[k] ?? [];
    // Plain JSON.stringify is enough: entries are built by the core with a fixed key order, and JSON
    // round trips and every engine keep insertion order.
    digest = hashString(digest + JSON.stringify(entries));
    if (ledger[k]) digestUpTo.set(entries, digest);
  }
  return digest;
}

/**
 * The state's fingerprint: canonical JSON of everything but the scenario object (scenarioHash covers it),
 * with the closed turns' ledgers folded into a hash chain and the open turn's ledger included as is.
 */
export function stateHash(state: GameState): string {
  const { scenario: _scenario, ledger, ...rest } = state;
  return hashJson({ ...rest, ledgerDigest: ledgerDigest(ledger, state.turn), openLedger: ledger[state.turn] ?? [] });
}

// A step works on a private draft of the state and records every change it makes in the ledger.
// The draft shares nothing mutable with the input state, so `step` never changes what it was given.
import { clamp } from "./math";
import type { CountryState, GameEvent, GameState, LedgerCause, LedgerEntry, TrackName, Tracks } from "./state";

const TRACK_BOUNDS: Partial<Record<TrackName, [number, number]>> = {
  politicalCapital: [0, 100],
  hawkishness: [0, 100],
  alliedTrust: [0, 100],
  industryPressure: [0, 100],
  usEnforcement: [0, 100],
  alternativeMaturity: [0, 1000],
  usLead: [0, 1000],
  rivalGrievance: [0, 100],
};

export interface StepContext {
  state: GameState;
  events: GameEvent[];
  /** Countries already copied for this step (the rest are still shared with the input state). */
  copied: Record<string, true>;
}

/**
 * A private copy of the state for one step: every container a rule may change is copied, everything that is
 * never changed in place (the scenario, past ledgers and history, offer records, terms, deals) is shared.
 * Countries are copied on first write through countryOf (all of them at once when a month is resolved):
 * bots and replays step thousands of times, and a deep clone per step dominated the cost.
 */
export function draftOf(state: GameState, copyAllCountries: boolean): StepContext {
  const ledger = state.ledger.slice();
  ledger[state.turn] = (state.ledger[state.turn] ?? []).slice();
  const ctx: StepContext = {
    state: {
      ...state,
      tracks: { ...state.tracks },
      history: state.history.slice(),
      countries: { ...state.countries },
      licences: state.licences.map((licence) => ({ ...licence })),
      firedEvents: state.firedEvents.slice(),
      dilemmas: state.dilemmas.slice(),
      dilemmaAnswers: state.dilemmaAnswers.slice(),
      grants: state.grants.slice(),
      ledger,
    },
    events: [],
    copied: {},
  };
  if (copyAllCountries) for (const id of Object.keys(state.countries)) countryOf(ctx, id);
  return ctx;
}

function cloneCountry(country: CountryState): CountryState {
  const talks = country.negotiation;
  return {
    ...country,
    hidden: { ...country.hidden },
    negotiation: talks ? { ...talks, offers: talks.offers.slice() } : null,
    closedTalks: country.closedTalks.slice(),
  };
}

/** The draft's own copy of a country, safe to change. Rules must change countries only through this. */
export function countryOf(ctx: StepContext, id: string): CountryState {
  const country = ctx.state.countries[id];
  if (!country) throw new Error(`internal: unknown country ${id}`);
  if (ctx.copied[id]) return country;
  const copy = cloneCountry(country);
  ctx.state.countries[id] = copy;
  ctx.copied[id] = true;
  return copy;
}

export function record(ctx: StepContext, entry: Omit<LedgerEntry, "turn">): void {
  const full: LedgerEntry = { turn: ctx.state.turn, ...entry };
  const list = ctx.state.ledger[ctx.state.turn];
  if (list) list.push(full);
  else ctx.state.ledger[ctx.state.turn] = [full];
  ctx.events.push({ type: "ledger", entry: full });
}

/** Changes a global track within its bounds and records the change actually made. Returns that change. */
export function changeTrack(ctx: StepContext, track: keyof Tracks, delta: number, cause: LedgerCause, params?: LedgerEntry["params"], country?: string): number {
  const tracks = ctx.state.tracks;
  const bounds = TRACK_BOUNDS[track] ?? [0, Number.MAX_SAFE_INTEGER];
  const before = tracks[track];
  // Nothing can reveal more diversion than truly happened (an event announcing a seizure included).
  const max = track === "leakageDetected" ? Math.min(bounds[1], tracks.leakageTrue) : bounds[1];
  const after = clamp(before + Math.trunc(delta), bounds[0], Math.max(before, max));
  tracks[track] = after;
  if (after !== before) record(ctx, { track, delta: after - before, cause, ...(params ? { params } : {}), ...(country ? { country } : {}) });
  return after - before;
}

export type CountryMeter = "relations" | "enforcement";

export function changeCountry(ctx: StepContext, country: CountryState, field: CountryMeter, delta: number, cause: LedgerCause, params?: LedgerEntry["params"]): number {
  const max = field === "relations" ? 100 : 1000;
  const before = country[field];
  const after = clamp(before + Math.trunc(delta), 0, max);
  country[field] = after;
  if (after !== before) record(ctx, { track: field, country: country.id, delta: after - before, cause, ...(params ? { params } : {}) });
  return after - before;
}


// The scenario schema: the one source of truth. TypeScript types are inferred from it, the JSON Schema
// for editors (scenarios/scenario.schema.json) is generated from it, and validation runs it.
import * as v from "valibot";

export const SCENARIO_FORMAT = "chip-diplomacy/scenario";
/** The version this build writes and understands. */
export const SCENARIO_SCHEMA_VERSION = 1;
/** Files older than this cannot be read by this build. */
export const SCENARIO_MIN_COMPATIBLE_VERSION = 1;
/** Checked before parsing: a scenario is hand-written data, not a data dump. */
export const SCENARIO_MAX_BYTES = 1_000_000;

const int = (min: number, max: number, what: string) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max), v.description(what));
const perMille = (what: string) => int(0, 1000, `${what} (per-mille: 0 to 1000)`);
const score100 = (what: string) => int(0, 100, `${what} (0 to 100)`);
const yearMonth = (what: string) =>
  v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM"), v.description(what));
const id = (what: string) => v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "lowercase letters, digits and dashes"), v.description(what));
export const countryIdSchema = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code such as AE"), v.description("ISO 3166-1 alpha-2 code"));

/**
 * A web address a scenario may link to: http or https only (never javascript:, data: or file:), a plain host
 * name, no spaces or control characters. A regular expression, so every engine decides the same way (a
 * host's URL parser does not).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what the rule refuses
export const WEB_ADDRESS = /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?(?:[/?#][^\s\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]*)?$/;

/** Text shown to people: a plain string (English) or one string per language. */
export const localizedTextSchema = v.union([
  v.pipe(v.string(), v.minLength(1), v.description("text in English")),
  v.strictObject({
    en: v.pipe(v.string(), v.minLength(1), v.description("English text (required)")),
    fr: v.optional(v.pipe(v.string(), v.minLength(1), v.description("French text"))),
  }),
]);
const text = (what: string) => v.pipe(localizedTextSchema, v.description(`${what}: a string, or {"en": "...", "fr": "..."}`));

export const POLICIES = ["bilateral", "tiered"] as const;
export const TEMPERAMENTS = ["tough", "firm", "linear", "flexible", "conceding"] as const;
export const CONDITIONS = ["kyc", "noAdversaryHardware", "usManagedDatacenters", "locationVerification", "onSiteAudits"] as const;

/** Global tracks an event may change or test. */
export const GLOBAL_TRACKS = [
  "politicalCapital", "hawkishness", "alliedTrust", "industryPressure", "usEnforcement", "alternativeMaturity",
  "usCompute", "adversaryCompute", "leakageTrue", "leakageDetected", "revenue", "investment", "rivalGrievance",
] as const;
/** Country fields an event may change. */
export const COUNTRY_FIELDS = ["relations", "enforcement", "hubExposure", "adversaryTies", "dependence", "demand"] as const;

const prioritiesSchema = v.pipe(
  v.strictObject({
    chips: perMille("weight of chip access in the country's utility"),
    investment: perMille("weight of keeping its investment money"),
    tariffs: perMille("weight of its tariff room"),
    sovereignty: perMille("weight of avoiding security conditions"),
  }),
  v.description("How the country weighs the issues of a deal; the four weights sum to 1000. Required unless the country is an adversary."),
);

/** What an adversary's negotiation fields default to (it never bargains, so they are never used). */
export const ADVERSARY_DEFAULTS = {
  priorities: { chips: 250, investment: 250, tariffs: 250, sovereignty: 250 },
  reservation: { min: 1000, max: 1000 },
  investmentCapacity: 0,
  tariffRoom: 0,
  patience: 1,
} as const;
/** A deal's term when the country's preferredTerm is absent, in months. */
export const DEFAULT_TERM = 12;
/** Fields every country that is not an adversary must give. */
export const NEGOTIATION_FIELDS = ["investmentCapacity", "tariffRoom", "priorities", "reservation", "patience"] as const;

const countrySchema = v.strictObject({
  id: countryIdSchema,
  name: text("the country's name"),
  role: v.optional(text("its role in one line, shown on the map")),
  formerTier: v.pipe(v.picklist([1, 2, 3]), v.description("Tier under the rescinded AI Diffusion rule: 1 unrestricted, 2 capped, 3 denied")),
  adversary: v.optional(v.pipe(v.boolean(), v.description("cut off from US chips; diverted chips end up here")), false),
  ally: v.optional(v.pipe(v.boolean(), v.description("a treaty ally: its relations count in the alliances score")), false),
  demand: int(0, 5_000_000, "US AI chips the country wants each month, in H100-equivalents"),
  baselineAccess: perMille("share of demand licensed without any deal under the bilateral regime"),
  dependence: perMille("share of its needs only US chips can serve today"),
  adversaryTies: perMille("economic and political ties to adversaries"),
  hubExposure: perMille("exposure as a re-export / transit hub"),
  enforcement: perMille("its own export-control enforcement capacity"),
  relations: score100("relations with the US"),
  investmentCapacity: v.optional(int(0, 5_000, "investment it could pledge to the US, in billions of dollars; required unless the country is an adversary"), ADVERSARY_DEFAULTS.investmentCapacity),
  tariffRoom: v.optional(int(0, 100, "tariff concessions it could make, in points; required unless the country is an adversary"), ADVERSARY_DEFAULTS.tariffRoom),
  // Negotiation fields mean nothing for an adversary (it never bargains): optional for adversaries, with
  // these defaults; the meaning checks require them for every other country.
  priorities: v.optional(prioritiesSchema, () => ({ ...ADVERSARY_DEFAULTS.priorities })),
  reservation: v.optional(v.pipe(
    v.strictObject({ min: perMille("lowest hidden reservation utility"), max: perMille("highest hidden reservation utility") }),
    v.description("Range of the hidden reservation utility; the game draws the real value from the seed. Required unless the country is an adversary."),
  ), () => ({ ...ADVERSARY_DEFAULTS.reservation })),
  temperament: v.optional(v.pipe(v.picklist(TEMPERAMENTS), v.description("how fast it concedes (tough: late, conceding: early); drawn from the seed when absent"))),
  demandGrowth: v.optional(int(0, 200, "per-mille its demand grows each month (data-centre build-out); deals with a fixed allocation fall behind"), 0),
  patience: v.optional(int(1, 24, "months in talks before the country gives up, its deadline (the game varies it by one either way); required unless the country is an adversary"), ADVERSARY_DEFAULTS.patience),
  peers: v.optional(v.pipe(v.array(countryIdSchema), v.maxLength(250), v.description("countries that cite each other's deals as precedents")), []),
  preferredTerm: v.optional(int(3, 60, `the term it prefers for a deal, in months (a campus build-out wants long ones); each month away from it costs the country utility, and a deal comes up for renewal when its term ends; absent: ${DEFAULT_TERM}`)),
  notes: v.optional(v.pipe(v.string(), v.description("authoring notes and sources for this country's numbers; not shown in play"))),
});

/** The largest value an event condition may name: every track stays far below it. */
export const CONDITION_VALUE_MAX = 1_000_000_000_000;

const conditionSchema = v.pipe(
  v.strictObject({
    track: v.pipe(v.picklist(GLOBAL_TRACKS), v.description("the global track to test")),
    op: v.pipe(v.picklist([">=", "<=", ">", "<"]), v.description("comparison")),
    value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(CONDITION_VALUE_MAX), v.description("value compared with, in the track's unit (tracks are never negative)")),
  }),
  v.description("A test on a global track; an event fires only while all its conditions hold."),
);

const effectSchema = v.pipe(
  v.variant("kind", [
    v.strictObject({
      kind: v.pipe(v.literal("track"), v.description("changes a global track")),
      track: v.pipe(v.picklist(GLOBAL_TRACKS), v.description("the global track to change")),
      add: v.pipe(v.number(), v.integer(), v.minValue(-10_000_000), v.maxValue(10_000_000), v.description("amount added (negative to subtract), in the track's unit; the track stays within its bounds")),
    }),
    v.strictObject({
      kind: v.pipe(v.literal("country"), v.description("changes one country")),
      country: countryIdSchema,
      field: v.pipe(v.picklist(COUNTRY_FIELDS), v.description("the country's field to change")),
      add: v.pipe(v.number(), v.integer(), v.minValue(-5_000_000), v.maxValue(5_000_000), v.description("amount added (negative to subtract), in the field's unit")),
    }),
    v.strictObject({
      kind: v.pipe(v.literal("grant"), v.description("a standing export licence: chips shipped to a country every month for a number of months")),
      country: countryIdSchema,
      chips: int(1, 5_000_000, "chips shipped each month under the licence, H100-equivalents"),
      months: int(1, 60, "how many months the licence runs, from the next month on"),
    }),
    v.strictObject({
      kind: v.pipe(v.literal("renew"), v.description("renews the country's deal in force for a new term (nothing happens without a deal): its safeguards are honoured in full again")),
      country: countryIdSchema,
      months: int(1, 60, "the new term, in months from the month it is renewed"),
      chips: v.optional(int(0, 5_000_000, "chips a month under the renewed deal (absent: unchanged)")),
      drop: v.optional(v.pipe(v.array(v.picklist(CONDITIONS)), v.maxLength(5), v.description("safeguards the renewed deal no longer has")), []),
      add: v.optional(v.pipe(v.array(v.picklist(CONDITIONS)), v.maxLength(5), v.description("safeguards the renewed deal adds")), []),
    }),
    v.strictObject({
      kind: v.pipe(v.literal("lapse"), v.description("the US lets the country's deal run out at the end of its term (no breach: its unpaid pledge and tariff cuts end with it)")),
      country: countryIdSchema,
    }),
    v.strictObject({
      kind: v.pipe(v.literal("suspend"), v.description("suspends the country's deal for cause now (as after a detected diversion)")),
      country: countryIdSchema,
    }),
    v.strictObject({
      kind: v.pipe(v.literal("tighten"), v.description("adds safeguards to the country's deal in force and restores its compliance")),
      country: countryIdSchema,
      add: v.pipe(v.array(v.picklist(CONDITIONS)), v.minLength(1), v.maxLength(5), v.description("safeguards added")),
    }),
    v.strictObject({
      kind: v.pipe(v.literal("waive"), v.description("drops safeguards from the country's deal in force (an exemption)")),
      country: countryIdSchema,
      drop: v.pipe(v.array(v.picklist(CONDITIONS)), v.minLength(1), v.maxLength(5), v.description("safeguards waived")),
    }),
    v.strictObject({
      kind: v.pipe(v.literal("allocation"), v.description("changes the chips a month of the country's deal in force, and its pledge")),
      country: countryIdSchema,
      chips: int(-5_000_000, 5_000_000, "chips a month added (negative to cut)"),
      investment: v.optional(int(0, 5_000, "billions added to the deal's pledge (paid in instalments like the rest)"), 0),
    }),
    v.strictObject({
      kind: v.pipe(v.literal("compliance"), v.description("changes how well the country's deal's safeguards are honoured (per-mille; 1000 = in full)")),
      country: countryIdSchema,
      add: int(-1000, 1000, "per-mille added (negative to subtract)"),
    }),
  ]),
  v.description("What an event does: add to a global track or to a field of one country, grant a standing licence, or act on a country's deal (renew, lapse, suspend, tighten, waive, allocation, compliance)."),
);

const optionSchema = v.pipe(
  v.strictObject({
    id: id("option id, unique within the dilemma"),
    label: text("the choice as the player reads it, a few words"),
    consequence: text("what choosing it means, one or two sentences, shown before and after choosing"),
    effects: v.pipe(v.array(effectSchema), v.maxLength(20), v.description("what choosing it does, applied in order")),
  }),
  v.description("One answer to a dilemma."),
);

const choiceSchema = v.pipe(
  v.strictObject({
    question: text("the decision asked of the player, one sentence"),
    options: v.pipe(v.array(optionSchema), v.minLength(2), v.maxLength(3), v.description("two or three answers")),
    deadline: int(1, 6, "months the player has to answer, counting the month the dilemma arrives"),
    default: v.pipe(id("the option applied if the player does not answer in time"), v.description("the id of one of the options")),
  }),
  v.description("Makes the event a dilemma: it asks for a choice before a deadline, with a default if unanswered."),
);

const eventSchema = v.strictObject({
  id: id("event id, unique in the scenario"),
  title: text("headline shown when the event fires"),
  text: text("the news item, one or two sentences"),
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "a date written YYYY-MM-DD"), v.description("the real date of a real event, YYYY-MM-DD; its month lies inside the window"))),
  from: yearMonth("first month the event may happen, YYYY-MM"),
  to: yearMonth("last month the event may happen, YYYY-MM"),
  probability: perMille("chance per month inside the window, once its conditions hold (1000 = certain)"),
  hypothetical: v.pipe(v.boolean(), v.description("true for a plausible event that did not (or not yet) happen; false for a real one, which needs a source")),
  source: v.optional(v.pipe(v.string(), v.minLength(1), v.description("where a real event is reported: a URL, or the id of an entry in \"sources\""))),
  conditions: v.optional(v.pipe(v.array(conditionSchema), v.maxLength(20), v.description("all must hold for the event to fire")), []),
  effects: v.optional(v.pipe(v.array(effectSchema), v.maxLength(50), v.description("what the event does when it fires, applied in order (a dilemma may have none: its options act)")), []),
  choice: v.optional(choiceSchema),
});

const globalsSchema = v.strictObject({
  politicalCapital: score100("political capital at the start"),
  politicalCapitalRegen: int(0, 20, "political capital regained each month"),
  hawkishness: score100("Congressional hawkishness"),
  alliedTrust: score100("allied trust"),
  industryPressure: score100("industry pressure"),
  usEnforcement: score100("US enforcement effort"),
  alternativeMaturity: perMille("maturity of non-US AI chips (Huawei Ascend and others)"),
  alternativeGrowth: int(0, 200, "per-mille the alternatives mature each month on their own"),
  usCompute: int(0, 1_000_000_000, "US frontier AI compute, H100-equivalents"),
  usComputeGrowth: int(0, 100_000_000, "US compute added each month, H100-equivalents"),
  adversaryCompute: int(0, 1_000_000_000, "adversary frontier AI compute, H100-equivalents"),
  adversaryDomesticOutput: int(0, 10_000_000, "adversary domestic chips each month at full maturity, H100-equivalents"),
  chipPrice: int(1, 1_000, "export revenue per H100-equivalent, thousands of dollars"),
  maxLeakRate: perMille("diversion rate of the riskiest destination with no safeguards"),
  baseDetection: perMille("chance a diversion is detected with no safeguards"),
  rivalGrievance: v.optional(score100("the adversary's grievance against US controls at the start; it retaliates when it runs high"), 20),
});

const scoringSchema = v.strictObject({
  weights: v.pipe(
    v.strictObject({ security: perMille("security weight"), economy: perMille("economy weight"), alliances: perMille("alliances weight") }),
    v.description("Weights of the three objectives in the total; they sum to 1000."),
  ),
  leakageReference: int(1, 100_000_000, "true leakage over the game that wipes out the security score's leakage part"),
  investmentReference: int(1, 100_000, "investment arrived (billions, tariff concessions included at tariffPointValue) that earns the full investment part"),
  tariffPointValue: v.optional(int(0, 1_000, "what one point of tariff concession in force is worth in the economy score, in billions of dollars of investment (5 when absent)")),
  adversaryShareLimit: perMille("adversary share of frontier compute that loses the game"),
});

const tieredSchema = v.strictObject({
  tier2Cap: int(0, 50_000_000, "Tier 2 country cap under the rescinded rule: a cumulative allowance per country over the rule's period (2025-2027), H100-equivalents"),
  g2gCap: int(0, 50_000_000, "the cap of a Tier 2 country that signs a government-to-government agreement (the rule doubles it), H100-equivalents"),
  g2gCountries: v.optional(v.pipe(v.array(countryIdSchema), v.description("Tier 2 countries assumed to have signed a government-to-government agreement under the rule")), []),
  lppPerCustomerYear: v.optional(int(0, 1_000_000, "low processing performance exception: licence-free chips per customer per year, not counted against the cap, H100-equivalents"), 0),
  lppCustomers: v.optional(int(0, 1_000, "customers per Tier 2 country assumed to use the LPP exception"), 0),
  nveuCap: v.optional(int(0, 50_000_000, "National Validated End User allowance: what a National VEU data centre in a Tier 2 country may receive over the rule's first two years, outside the country cap, H100-equivalents (about 320,000); absent: 0")),
  nveuCountries: v.optional(v.pipe(v.array(countryIdSchema), v.description("Tier 2 countries assumed to host a National VEU data centre; absent: none"))),
  uveuSharePm: v.optional(perMille("share of a Tier 2 country's demand that US-headquartered Universal VEU operators build in their own data centres, served outside the country cap; absent: 0")),
});

const hintSchema = v.pipe(
  v.strictObject({ turn: int(0, 120, "turn the hint appears (0 = first)"), text: text("the hint") }),
  v.description("A hint shown at the start of a turn (tutorials)."),
);
const sourceSchema = v.pipe(
  v.strictObject({
    id: id("source id, which events may cite in \"source\""),
    title: v.pipe(v.string(), v.minLength(1), v.description("publisher and title")),
    url: v.pipe(v.string(), v.maxLength(2000), v.regex(WEB_ADDRESS, "a full web address starting with https:// (or http://)"), v.description("full address, https://...")),
  }),
  v.description("A source the scenario's numbers and events rest on."),
);

export const scenarioSchema = v.strictObject({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2000), v.description("the JSON Schema editors check this file against: its path relative to this file (\"./scenario.schema.json\" inside scenarios/), or a web address"))),
  format: v.pipe(v.literal(SCENARIO_FORMAT), v.description("always \"chip-diplomacy/scenario\"")),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SCENARIO_SCHEMA_VERSION), v.description(`scenario format version (this build reads ${SCENARIO_MIN_COMPATIBLE_VERSION} to ${SCENARIO_SCHEMA_VERSION})`)),
  minCompatibleVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SCENARIO_SCHEMA_VERSION), v.description("the oldest format version a reader must understand to play this file (at most schemaVersion)"))),
  id: id("scenario id, used in URLs and replays"),
  title: text("the scenario's title"),
  description: text("one paragraph shown when choosing a scenario"),
  language: v.optional(v.pipe(v.picklist(["en", "fr"]), v.description("language of plain-string texts")), "en"),
  startDate: yearMonth("first month of the game, YYYY-MM"),
  turns: int(1, 120, "number of monthly turns"),
  policy: v.optional(v.pipe(v.picklist(POLICIES), v.description("bilateral: deals country by country (the game); tiered: the rescinded rule applied mechanically")), "bilateral"),
  customTiers: v.optional(v.pipe(v.boolean(), v.description("true lets formerTier differ from the rescinded rule's lists (a fictional or counterfactual world)"))),
  globals: v.pipe(globalsSchema, v.description("The world's starting values and rates.")),
  tiered: v.pipe(tieredSchema, v.description("Parameters of the tiered regime (the rescinded rule).")),
  countries: v.pipe(v.array(countrySchema), v.minLength(1), v.maxLength(250), v.description("The destinations, adversaries included; the United States is the player and is not listed.")),
  events: v.optional(v.pipe(v.array(eventSchema), v.maxLength(500), v.description("The event deck, checked in this order each month.")), []),
  scoring: v.pipe(scoringSchema, v.description("How the final score is computed.")),
  hints: v.optional(v.pipe(v.array(hintSchema), v.maxLength(500), v.description("Hints shown turn by turn (tutorials).")), []),
  sources: v.optional(v.pipe(v.array(sourceSchema), v.maxLength(1000), v.description("Sources for the scenario's numbers and events.")), []),
  notes: v.optional(v.pipe(v.string(), v.description("authoring notes: calibration, uncertainties; not shown in play"))),
});

export type Scenario = v.InferOutput<typeof scenarioSchema>;
export type ScenarioInput = v.InferInput<typeof scenarioSchema>;
export type ScenarioCountry = Scenario["countries"][number];
export type ScenarioEvent = Scenario["events"][number];
export type EventEffect = ScenarioEvent["effects"][number];
export type EventCondition = ScenarioEvent["conditions"][number];
export type EventChoice = NonNullable<ScenarioEvent["choice"]>;
export type ChoiceOption = EventChoice["options"][number];
export type LocalizedText = v.InferOutput<typeof localizedTextSchema>;
export type Policy = (typeof POLICIES)[number];
export type Temperament = (typeof TEMPERAMENTS)[number];
export type Condition = (typeof CONDITIONS)[number];
export type GlobalTrack = (typeof GLOBAL_TRACKS)[number];
export type CountryField = (typeof COUNTRY_FIELDS)[number];

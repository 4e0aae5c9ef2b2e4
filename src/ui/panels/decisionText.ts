// Words for the decisions the game raises itself (deal renewals, violations, countries' requests): the core
// keeps their kind, country and numbers; the texts come from the message catalogue. A generated decision's
// id is kind/country/turn, so the ledger can name it after it was answered.
import { GENERATED_KINDS, turnDate, type GameState, type GeneratedKind, type OpenDilemma } from "../../core";
import { t, formatBillions, formatMonth, formatPerMille, hasMessage, localized, type Params } from "../../i18n";
import { nameOf } from "./countryFacts";

export function parseGeneratedId(id: string): { kind: GeneratedKind; country: string } | null {
  const [kind, country] = id.split("/");
  return kind !== undefined && country !== undefined && (GENERATED_KINDS as readonly string[]).includes(kind) ? { kind: kind as GeneratedKind, country } : null;
}

function conditionList(list: string | number | undefined): string {
  if (typeof list !== "string" || list === "") return "";
  return list.split(",").map((c) => { const key = `condition.${c}`; return (hasMessage(key) ? t(key) : c).toLowerCase(); }).join(", ");
}

/** The texts' parameters: countries by name, numbers formatted, safeguards named. */
export function generatedParams(state: GameState, open: OpenDilemma): Params {
  const g = open.generated;
  if (!g) return {};
  const p = g.params;
  const params: Params = { country: nameOf(state, g.country) };
  if (g.about) params.about = nameOf(state, g.about);
  for (const key of ["chips", "oldChips", "months"] as const) if (typeof p[key] === "number") params[key] = p[key];
  if (typeof p.investment === "number") params.investment = formatBillions(p.investment);
  if (typeof p.compliance === "number") params.compliance = formatPerMille(p.compliance);
  if (typeof p.until === "number") params.until = formatMonth(turnDate(state.scenario.startDate, p.until - 1));
  const drop = conditionList(p.drop);
  const add = conditionList(p.add);
  params.dropText = drop ? t("decision.drops", { conditions: drop }) : "";
  params.addText = add ? t("decision.adds", { conditions: add }) : "";
  params.condition = conditionList(p.condition);
  return params;
}

/** A decision's title: a scenario dilemma's headline, or a generated decision's (from its id alone). */
export function decisionTitle(state: GameState, id: string): string {
  const event = state.scenario.events.find((e) => e.id === id);
  if (event) return localized(event.title);
  const generated = parseGeneratedId(id);
  if (!generated) return id;
  const open = state.dilemmas.find((d) => d.event === id);
  const params = open ? generatedParams(state, open) : { country: nameOf(state, generated.country), about: "…" };
  return t(`decision.${generated.kind}.title`, params);
}

/** An option's label, for a scenario dilemma or a generated decision. */
export function decisionOptionLabel(state: GameState, id: string, option: string): string {
  const scenarioOption = state.scenario.events.find((e) => e.id === id)?.choice?.options.find((o) => o.id === option);
  if (scenarioOption) return localized(scenarioOption.label);
  const generated = parseGeneratedId(id);
  const key = generated ? `decision.${generated.kind}.${option}` : "";
  if (!generated || !hasMessage(key)) return option;
  const open = state.dilemmas.find((d) => d.event === id);
  return t(key, open ? generatedParams(state, open) : { about: "…", country: nameOf(state, generated.country) });
}

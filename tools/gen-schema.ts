// Generates scenarios/scenario.schema.json from the core's valibot schema (the one source of truth), so
// editors can complete and check scenario files. `npm run schema` writes it; `--check` only compares, and
// exits 1 when the checked-in file is stale (tests/scenarios/schema.test.ts does the same).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { toJsonSchema } from "@valibot/to-json-schema";
import { NEGOTIATION_FIELDS, SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, scenarioSchema } from "../src/core/scenario/schema";

export const SCHEMA_PATH = fileURLToPath(new URL("../scenarios/scenario.schema.json", import.meta.url));

/** The JSON Schema text, exactly as it is checked in. */
export function scenarioJsonSchemaText(): string {
  // errorMode "throw": anything the converter cannot express must fail here, not silently vanish.
  const generated = toJsonSchema(scenarioSchema, { errorMode: "throw" }) as Record<string, unknown>;
  const { $schema: draft, ...body } = generated;
  requireNegotiationFieldsUnlessAdversary(body);
  const document = {
    $schema: draft,
    title: "Chip Diplomacy scenario",
    description: `A scenario for Chip Diplomacy (format "${SCENARIO_FORMAT}", version ${SCENARIO_SCHEMA_VERSION}). Generated from src/core/scenario/schema.ts by \`npm run schema\`: do not edit by hand. The game also checks meaning (references, sums, tiers, event windows) that a JSON Schema cannot express: run \`npm run cli -- validate <file>\`.`,
    ...body,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The negotiation fields are optional in the core's schema because adversaries may leave them out; the
 * meaning checks require them of every other country. Say the same to editors: if "adversary" is not true,
 * they are required.
 */
function requireNegotiationFieldsUnlessAdversary(body: Record<string, unknown>): void {
  const countries = (body.properties as Record<string, { items?: Record<string, unknown> }> | undefined)?.countries?.items;
  if (!countries) throw new Error("gen-schema: no countries.items in the generated schema");
  countries.if = { properties: { adversary: { const: true, description: "an adversary, which never bargains" } }, required: ["adversary"] };
  countries.else = { required: [...NEGOTIATION_FIELDS] };
}

function main(): void {
  const text = scenarioJsonSchemaText();
  if (process.argv.includes("--check")) {
    let current: string;
    try { current = readFileSync(SCHEMA_PATH, "utf8"); } catch { current = ""; }
    if (current !== text) {
      console.error("scenarios/scenario.schema.json is stale: run `npm run schema`.");
      process.exit(1);
    }
    console.log("scenarios/scenario.schema.json is up to date.");
    return;
  }
  writeFileSync(SCHEMA_PATH, text);
  console.log(`wrote ${SCHEMA_PATH} (${text.length} bytes)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

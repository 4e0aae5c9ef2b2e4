// The JSON Schema for editors is generated from the core's valibot schema; a stale checked-in copy fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { SCHEMA_PATH, scenarioJsonSchemaText } from "../../tools/gen-schema";

describe("scenarios/scenario.schema.json", () => {
  it("is exactly what `npm run schema` generates from src/core/scenario/schema.ts", () => {
    const checkedIn = readFileSync(SCHEMA_PATH, "utf8");
    // On failure: run `npm run schema` and commit the result.
    expect(checkedIn === scenarioJsonSchemaText(), "scenarios/scenario.schema.json is stale: run `npm run schema`").toBe(true);
  });

  it("carries the schema's descriptions to every field", () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) { node.forEach((child, i) => walk(child, `${path}[${i}]`)); return; }
      if (node === null || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, value] of Object.entries(properties ?? {})) {
        if (typeof value.description !== "string" && !(key === "en" || key === "fr")) missing.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")), "");
    expect(missing).toEqual([]);
  });
});

// What an editor sees through the JSON Schema (ajv, as editors use it): the shipped files and the README's
// example pass; a newer schemaVersion, a bad link and a non-adversary without negotiation fields do not,
// while an adversary may leave those fields out (issue 12).
describe("scenarios/scenario.schema.json in a JSON Schema validator", () => {
  const ajv = new Ajv({ allErrors: true });
  const check = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as object);
  const scenarios = join(import.meta.dirname, "../../scenarios");
  const fixture = (): Record<string, unknown> & { countries: Record<string, unknown>[] } =>
    JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/small.json"), "utf8")) as Record<string, unknown> & { countries: Record<string, unknown>[] };

  it("accepts the shipped scenarios and the README's worked example", () => {
    for (const file of ["may-2025.json", "tutorial.json"]) expect(check(JSON.parse(readFileSync(join(scenarios, file), "utf8"))), `${file} ${JSON.stringify(check.errors)}`).toBe(true);
    const example = /<!-- worked-example:[^>]*-->\n```json\n([\s\S]*?)\n```/.exec(readFileSync(join(scenarios, "README.md"), "utf8"))?.[1] ?? "null";
    expect(check(JSON.parse(example)), JSON.stringify(check.errors)).toBe(true);
  });

  it("refuses schemaVersion 2 or 1e21, a javascript: link, and a non-adversary without priorities", () => {
    for (const version of [2, 1e21]) expect(check({ ...fixture(), schemaVersion: version })).toBe(false);
    expect(check({ ...fixture(), sources: [{ id: "a", title: "A", url: "javascript:alert(1)" }] })).toBe(false);
    const s = fixture();
    delete s.countries[3]?.priorities;
    expect(check(s)).toBe(false);
    const adversary = fixture();
    for (const field of ["priorities", "reservation", "patience", "investmentCapacity", "tariffRoom"]) delete adversary.countries[0]?.[field];
    expect(check(adversary), JSON.stringify(check.errors)).toBe(true);
  });
});

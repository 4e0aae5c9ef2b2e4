// The JSON Schema for editors is generated from the core's valibot schema; a stale checked-in copy fails here.
import { readFileSync } from "node:fs";
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

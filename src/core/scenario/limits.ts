// Lists longer than the schema allows are reported before their items are walked: a 1 MB file of 300,000
// empty countries gets one problem at once, not millions after minutes. The walk follows the schema (a few
// levels deep), not the data, and stops at every list that is too long.
import type * as v from "valibot";
import { describeValue, formatPath, type Problem } from "../problems";

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;
interface Node {
  type?: string;
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  pipe?: readonly { type?: string; requirement?: unknown }[];
}

function maxLengthOf(node: Node): number | null {
  for (const action of node.pipe ?? []) {
    if (action.type === "max_length" && typeof action.requirement === "number") return action.requirement;
  }
  return null;
}

/** Every list in `data` longer than the schema's maxLength at its place, outermost first. */
export function lengthProblems(schema: AnySchema, data: unknown): Problem[] {
  const problems: Problem[] = [];
  const visit = (schemaNode: AnySchema, value: unknown, keys: (string | number)[]): void => {
    let node = schemaNode as Node;
    while (node.wrapped) node = node.wrapped as Node;
    if (node.item && Array.isArray(value)) {
      const max = maxLengthOf(node);
      if (max !== null && value.length > max) {
        problems.push({
          path: formatPath(keys),
          message: `has too many items (at most ${max})`,
          expected: `at most ${max} items`,
          found: describeValue(value),
          hint: "a generated or broken file: its items were not checked one by one",
        });
        return;
      }
      value.forEach((child, i) => { if (node.item) visit(node.item, child, [...keys, i]); });
      return;
    }
    if (node.entries && value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const key of Object.keys(node.entries)) {
        const child = node.entries[key];
        if (child && Object.prototype.hasOwnProperty.call(value, key)) visit(child, (value as Record<string, unknown>)[key], [...keys, key]);
      }
    }
  };
  visit(schema, data, []);
  return problems;
}

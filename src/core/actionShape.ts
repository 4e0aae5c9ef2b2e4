// The shape of an action, checked before any rule looks at it: an action comes from a file, a link, a
// save or the automation API, so it can be any JSON value. `step` calls actionShapeProblem first and
// returns its answer as a rejection; the replay reader uses the same table, so what one refuses the other
// refuses too. Only the fields' kinds are checked here; their values (a known country, sane terms) are the
// rules' business.
import type { ActionType } from "./state";

type FieldKind = "string" | "object" | "decision";

/** Every action type and its fields besides `type`. Adding an action type to the union fails to compile until it is listed here. */
export const ACTION_FIELDS = {
  offer: { country: "string", terms: "object" },
  acceptCounter: { country: "string" },
  walkAway: { country: "string" },
  suspendDeal: { country: "string" },
  crackdown: { country: "string" },
  entityList: { country: "string" },
  intelligence: { country: "string" },
  licence: { id: "string", decision: "decision" },
  briefCongress: {},
  answerDilemma: { event: "string", option: "string" },
  audit: { country: "string" },
  endTurn: {},
} as const satisfies Record<ActionType, Record<string, FieldKind>>;

export const ACTION_TYPE_NAMES = Object.keys(ACTION_FIELDS) as ActionType[];

/** The longest string an action field may hold: ids are short; longer is a hostile or broken file. */
export const MAX_ACTION_STRING = 200;

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === "object" && !Array.isArray(x) && (Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null);

export interface ShapeProblem {
  /** The field at fault, relative to the action (`type`, `country`, `terms`, or `(action)` for the whole). */
  field: string;
  message: string;
}

function fieldProblem(kind: FieldKind, value: unknown): string | null {
  if (kind === "string") {
    if (typeof value !== "string") return `must be a string, not ${kindOf(value)}`;
    return value.length > MAX_ACTION_STRING ? `must be at most ${MAX_ACTION_STRING} characters` : null;
  }
  if (kind === "decision") return value === "approve" || value === "deny" ? null : "must be \"approve\" or \"deny\"";
  return isPlainObject(value) ? null : `must be an object, not ${kindOf(value)}`;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}

/** Null when `action` has the shape of an action; otherwise the first problem found. Never throws. */
export function actionShapeProblem(action: unknown): ShapeProblem | null {
  if (!isPlainObject(action)) return { field: "(action)", message: `an action must be an object, not ${kindOf(action)}` };
  const type = action.type;
  if (typeof type !== "string" || !Object.hasOwn(ACTION_FIELDS, type)) {
    return { field: "type", message: `must be one of ${ACTION_TYPE_NAMES.join(", ")}` };
  }
  const fields: Record<string, FieldKind> = ACTION_FIELDS[type as ActionType];
  for (const key of Object.keys(action)) {
    if (key !== "type" && !Object.hasOwn(fields, key)) return { field: key, message: `is not a field of a "${type}" action` };
  }
  for (const key of Object.keys(fields)) {
    const kind = fields[key] as FieldKind;
    if (!Object.hasOwn(action, key)) return { field: key, message: "is missing" };
    const problem = fieldProblem(kind, action[key]);
    if (problem) return { field: key, message: problem };
  }
  return null;
}

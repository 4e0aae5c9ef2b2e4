// Argument parsing over node:util's parseArgs: unknown options and missing values become a usage error.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { BOT_NAMES, BOTS, type Bot } from "../core/index";
import { CliError } from "./io";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(argv: string[], options: Options, usage: string, positionals: { min: number; max: number }): Parsed {
  let parsed: Parsed;
  try {
    const result = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    parsed = { values: result.values as Parsed["values"], positionals: result.positionals };
  } catch (error) {
    throw new CliError(((error as Error).message.split("\n")[0] ?? "bad arguments").replace(/^TypeError \[[A-Z_]+\]: /, ""), 2, [], usage);
  }
  if (parsed.values.help) return parsed;
  if (parsed.positionals.length < positionals.min) throw new CliError(positionals.min === 1 ? "missing argument" : `expected at least ${positionals.min} arguments`, 2, [], usage);
  if (parsed.positionals.length > positionals.max) throw new CliError(`unexpected argument "${parsed.positionals[positionals.max] ?? ""}"`, 2, [], usage);
  return parsed;
}

export function str(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

export function int(parsed: Parsed, name: string, usage: string, min: number, max: number, fallback: number): number {
  const raw = str(parsed, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new CliError(`--${name} must be a whole number, not "${raw}"`, 2, [], usage);
  const value = Number(raw);
  if (value < min || value > max) throw new CliError(`--${name} must be from ${min} to ${max}, not ${value}`, 2, [], usage);
  return value;
}

export function oneOf<T extends string>(parsed: Parsed, name: string, allowed: readonly T[], usage: string): T | undefined {
  const raw = str(parsed, name);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw new CliError(`--${name} must be one of ${allowed.join(", ")}, not "${raw}"`, 2, [], usage);
  return raw as T;
}

/** --bot: one of the core's bots, balanced by default. */
export function botOption(parsed: Parsed, usage: string): Bot {
  const name = oneOf(parsed, "bot", BOT_NAMES, usage) ?? "balanced";
  const bot = BOTS[name];
  if (!bot) throw new CliError(`unknown bot ${name}`, 2, [], usage);
  return bot;
}

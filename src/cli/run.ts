// The command line: `run(argv, io)` returns the exit code, so most tests run it in-process.
// 0 success, 1 a verified divergence or failed check, 2 bad input (with the reasons printed).
import type { Command } from "./command";
import { CliError, type Io } from "./io";
import { cappedLines, escapeControls } from "./terminal";
import { validate } from "./commands/validate";
import { calibrateCommand } from "./commands/calibrate";
import { play } from "./commands/play";
import { verify } from "./commands/verify";
import { report } from "./commands/report";
import { branch } from "./commands/branch";
import { compare } from "./commands/compare";
import { batch } from "./commands/batch";
import { decisions } from "./commands/decisions";
import { bench } from "./commands/bench";
import { golden } from "./commands/golden";
import { balance, exploit } from "./commands/balance";

export const COMMANDS: Command[] = [validate, calibrateCommand, play, verify, report, branch, compare, batch, decisions, bench, golden, balance, exploit];

export function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `usage: npm run cli -- <command> [options]   (every command has --help)

${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Exit codes: 0 success, 1 a verified divergence or failed check, 2 bad input.`;
}

export async function run(argv: string[], rawIo: Io): Promise<number> {
  // Everything printed may carry text from a file: escape its control characters on the way out.
  const io: Io = {
    ...rawIo,
    out: (text) => rawIo.out(escapeControls(text)),
    err: (text) => rawIo.err(escapeControls(text)),
    progress: (text) => (rawIo.progress ?? rawIo.err)(text),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(`${mainUsage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name}"\n\n${mainUsage()}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${command.name}: ${error.message}\n`);
      for (const line of cappedLines(error.details)) io.err(`  ${line}\n`);
      if (error.usage) io.err(`\n${error.usage}\n`);
      return error.exitCode;
    }
    // A bug, not bad input: one line, no stack trace (set CHIP_DEBUG=1 for it).
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${command.name}: unexpected error: ${message}\n`);
    if (process.env.CHIP_DEBUG && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return 1;
  }
}

// `npm run cli -- <command>`: the Node shell over the core.
import { run } from "./run";

// FORCE_PROGRESS=1 shows progress in a pipe too (a script, or a test that waits for the command to be under way).
const stderrIsTTY = Boolean(process.stderr.isTTY) || process.env.FORCE_PROGRESS === "1";
let progressShown = false;
// Ctrl-C during a long command (batch over a million seeds): end the progress line, say so, exit 130.
process.once("SIGINT", () => {
  if (progressShown) process.stderr.write("\n");
  process.stderr.write("interrupted\n");
  process.exit(130);
});

const code = await run(process.argv.slice(2), {
  out: (text) => { process.stdout.write(text); },
  err: (text) => { process.stderr.write(text); },
  progress: (text) => { progressShown = !text.endsWith("\n"); process.stderr.write(text); },
  cwd: process.cwd(),
  stderrIsTTY,
});
process.exitCode = code;

// `npm run cli -- <command>`: the Node shell over the core.
import { run } from "./run";

const stderrIsTTY = Boolean(process.stderr.isTTY);
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

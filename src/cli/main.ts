// `npm run cli -- <command>`: the Node shell over the core.
import { run } from "./run";

const code = await run(process.argv.slice(2), {
  out: (text) => { process.stdout.write(text); },
  err: (text) => { process.stderr.write(text); },
  cwd: process.cwd(),
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
process.exitCode = code;

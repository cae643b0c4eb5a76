// Runs the wxt CLI with the given arguments, minus one line of noise: when stderr is not a terminal (CI,
// a pipe) WXT's spinner prints a bare "- Preparing..." that reads like an unfinished step. Everything else
// passes through unchanged, and wxt's exit code is ours.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const wxt = fileURLToPath(new URL('../../node_modules/.bin/wxt', import.meta.url));
const child = spawn(wxt, process.argv.slice(2), { stdio: ['inherit', 'inherit', process.stderr.isTTY ? 'inherit' : 'pipe'] });
let rest = '';
child.stderr?.on('data', (chunk) => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop() ?? '';
  for (const line of lines) if (line.trim() !== '- Preparing...') process.stderr.write(line + '\n');
});
child.on('exit', (code, signal) => {
  if (rest && rest.trim() !== '- Preparing...') process.stderr.write(rest);
  process.exit(code ?? (signal ? 1 : 0));
});

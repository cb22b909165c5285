/**
 * Kontext on the command line: `npm run -s kontext -- annotate [options] FILE...` annotates saved
 * pages with the content script's lib/ code (scripts/kontext/run-annotate.ts). Exit status 2 for
 * an unknown command.
 */
import { runAnnotate } from './kontext/run-annotate';

const USAGE =
  'Usage: npm run -s kontext -- annotate [options] FILE...   (annotate --help for more)';

// A reader that stops early (`| head`) closes the pipe: that ends the run, and is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const [command, ...rest] = process.argv.slice(2);
if (command === 'annotate') {
  process.exitCode = await runAnnotate(rest, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} else {
  const reason = command === undefined ? 'no command given' : `unknown command "${command}"`;
  process.stderr.write(`kontext: ${reason}\n${USAGE}\n`);
  process.exitCode = 2;
}

/**
 * `npm test`: every check, in order, stopping at the first that fails. Prints how long each step
 * took, so a slow step is seen when it appears.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string;
}

const STEPS: Step[] = [
  { name: 'type-check', command: 'tsc --noEmit' },
  { name: 'lint', command: 'eslint . --max-warnings 0' },
  { name: 'format', command: 'prettier --check .' },
  { name: 'unit tests', command: 'vitest run --project unit' },
  { name: 'build', command: 'npm run build --silent' },
  { name: 'web-ext lint', command: 'tsx scripts/lint-firefox.ts' },
  { name: 'browser tests', command: 'vitest run --project browsers' },
];

const timings: string[] = [];
for (const step of STEPS) {
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const started = performance.now();
  const result = spawnSync(step.command, { shell: true, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name.padEnd(14)} ${seconds.padStart(6)} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    console.log(timings.join('\n'));
    process.exit(1);
  }
}
console.log(`\nAll steps passed.\n${timings.join('\n')}`);

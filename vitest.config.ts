import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    projects: [
      {
        // lib/ and components/ run in Node; DOM tests opt into happy-dom with a pragma.
        plugins: [preact()],
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'tests/lib/**/*.test.{ts,tsx}',
            'tests/tooling/**/*.test.ts',
          ],
          environment: 'node',
          // The fuzz tests check thousands of inputs each: about 1.5 s alone, but six times
          // that on CI's two busy cores, where vitest's default of 5 s failed them. A limit is
          // no measure of speed here (the bench is); it only catches a test that hangs.
          testTimeout: 30_000,
        },
      },
      {
        // The built extension in real browsers: slow, so one file at a time and generous limits.
        test: {
          name: 'browsers',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page reacts to a setting or a message once it has annotated again, which on two
          // busy cores took more than expect.poll's default of 1 s (Firefox, the world pack of
          // 1,242 people): polls wait up to 5 s, and an assertion that can never hold still fails.
          expect: { poll: { timeout: 5000 } },
        },
      },
    ],
  },
});

/** The build's pack compiler: valid packs come out compiled, an invalid one stops the build. */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bundledPacksPlugin, KNOWLEDGE_DIR } from '../../scripts/vite-plugin-bundled-packs';
import { COMPILED_FORMAT } from '../../lib/knowledge/compile-pack';

const MODULE_ID = 'virtual:kontext/bundled-packs';

async function loadModule(dir: string): Promise<string> {
  const plugin = bundledPacksPlugin(dir);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: unknown, id: string) => Promise<string>;
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return load.call(context, resolveId(MODULE_ID)!);
}

describe('bundled packs plugin', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kontext-packs-'));
    await copyFile(join(KNOWLEDGE_DIR, 'kim-putin-2023.json'), join(dir, 'kim-putin-2023.json'));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('exports every pack with its compiled form', async () => {
    const code = await loadModule(dir);
    expect(code).toMatch(/^export const bundledPacks = \[/);
    expect(code).toContain(`"compiledFormat":${COMPILED_FORMAT}`);
    expect(code).toContain('"id":"kim-putin-2023"');
  });

  test('an invalid pack fails the build, naming the file, the path and the problem', async () => {
    await writeFile(join(dir, 'broken.json'), '{"format": 1, "id": "broken"');
    await expect(loadModule(dir)).rejects.toThrow(/broken\.json: \$.* — .+/);
  });
});

/** The build's pack compiler: valid packs come out compiled, an invalid one stops the build. */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bundledPacksPlugin, KNOWLEDGE_DIR } from '../../scripts/vite-plugin-bundled-packs';
import { COMPILED_FORMAT } from '../../lib/knowledge/compile-pack';

const MODULE_ID = 'virtual:kontext/bundled-packs';

async function loadModule(
  dir: string,
  id = MODULE_ID,
  generatedDir = join(dir, 'generated'),
): Promise<string> {
  const plugin = bundledPacksPlugin(dir, generatedDir);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: unknown, id: string) => Promise<string>;
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return load.call(context, resolveId(id)!);
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

  test('generated packs are split for the background and whole for the options page', async () => {
    await mkdir(join(dir, 'generated'));
    await copyFile(
      join(KNOWLEDGE_DIR, 'kim-putin-2023.json'),
      join(dir, 'generated', 'kim-putin-2023.json'),
    );
    const parts = await loadModule(dir, 'virtual:kontext/stored-pack-parts');
    expect(parts).toMatch(/^export const storedPackParts = \[\{ id: "kim-putin-2023", head: "/);
    expect(parts).toContain('buckets: ["{');
    const whole = await loadModule(dir, 'virtual:kontext/stored-packs');
    expect(whole).toMatch(/^export const storedPacks = \[\{ pack: \{/);
    expect(whole).toMatch(/aliasCount: \d+ \}/);
  });

  test('the content script gets the generated packs’ heads, as the background stores them', async () => {
    await mkdir(join(dir, 'generated'));
    await copyFile(
      join(KNOWLEDGE_DIR, 'kim-putin-2023.json'),
      join(dir, 'generated', 'kim-putin-2023.json'),
    );
    // Each entry's id and head, as the modules write them: JSON string literals.
    const headsOf = (code: string) =>
      [...code.matchAll(/\{ id: ("(?:[^"\\]|\\.)*"), head: ("(?:[^"\\]|\\.)*")/g)].map(
        ([, id, head]) => ({ id: JSON.parse(id!) as string, head: JSON.parse(head!) as string }),
      );
    const parts = await loadModule(dir, 'virtual:kontext/stored-pack-parts');
    const heads = await loadModule(dir, 'virtual:kontext/stored-pack-heads');
    expect(heads).toMatch(/^export const storedPackHeads = \[/);
    const storedPackHeads = headsOf(heads);
    expect(storedPackHeads).toHaveLength(1);
    // The same text, so that a page can tell that storage holds this build's parts.
    expect(storedPackHeads).toEqual(headsOf(parts));
    expect(JSON.parse(storedPackHeads[0]!.head)).toMatchObject({ base: { id: 'kim-putin-2023' } });
    // Nothing but the heads: the parts stay with the background.
    expect(heads).not.toContain('buckets: [');
  });

  test('without the generated folder the build says to run the generator', async () => {
    await expect(loadModule(dir, 'virtual:kontext/stored-pack-parts')).rejects.toThrow(
      /generated does not exist: run npm run knowledge:world/,
    );
  });
});

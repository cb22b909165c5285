/**
 * Writes `assets/knowledge/pack.schema.json`, the JSON Schema of the pack format that curators'
 * editors check packs against, from the zod schema in `lib/knowledge/pack-schema.ts`. Run it after
 * changing the format: `npm run knowledge:schema`. A unit test fails while the file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildPackJsonSchema } from '../lib/knowledge/pack-json-schema';

const target = fileURLToPath(new URL('../assets/knowledge/pack.schema.json', import.meta.url));

// Formatted as Prettier would, so `prettier --check` passes on the generated file.
const options = await resolveConfig(target);
const text = await format(JSON.stringify(buildPackJsonSchema()), { ...options, filepath: target });
await writeFile(target, text);
console.log(`Wrote ${relative(process.cwd(), target)}`);

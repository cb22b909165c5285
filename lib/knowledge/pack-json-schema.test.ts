import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildPackJsonSchema } from './pack-json-schema';

const SCHEMA_FILE = new URL('../../assets/knowledge/pack.schema.json', import.meta.url);

describe('pack.schema.json', () => {
  test('is what the zod schema generates now (run `npm run knowledge:schema` after a change)', () => {
    const committed: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(committed).toEqual(buildPackJsonSchema());
  });

  test('is strict, so editors flag a curator’s typo as they type', () => {
    const schema = buildPackJsonSchema();
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":true');
  });
});

/**
 * The curators' guide (`assets/knowledge/README.md`) against the format: its example passes the
 * checker, and it names every field, so the guide cannot fall behind the schema unnoticed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkPack } from './check-pack';
import {
  aliasSchema,
  entitySchema,
  eventSchema,
  packSchema,
  quoteSchema,
  refsSchema,
  roleSchema,
  sourceSchema,
  statementSchema,
} from './pack-schema';

const GUIDE = readFileSync(new URL('../../assets/knowledge/README.md', import.meta.url), 'utf8');

describe('the curators’ guide', () => {
  test('has an example pack that passes the checker', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(GUIDE)?.[1];
    expect(example).toBeDefined();
    const result = checkPack(example, 'example-pack.json');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test('names every field of the format', () => {
    const objects = [packSchema, entitySchema, aliasSchema, roleSchema, refsSchema, quoteSchema];
    const fields = new Set([
      ...objects.flatMap((schema) => Object.keys(schema.shape)),
      ...[eventSchema, sourceSchema].flatMap((schema) => Object.keys(schema.shape)),
      ...statementSchema.options.flatMap((option) => Object.keys(option.shape)),
    ]);
    const missing = [...fields].filter((field) => !GUIDE.includes(`\`${field}\``));
    expect(missing).toEqual([]);
  });
});

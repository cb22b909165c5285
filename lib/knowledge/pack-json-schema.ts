/**
 * The pack format as JSON Schema, for curators' editors: they check a pack as it is typed, with
 * the descriptions as hints. Generated from the zod schema and committed as
 * `assets/knowledge/pack.schema.json` (`npm run knowledge:schema`); a test keeps the file current.
 *
 * JSON Schema cannot say everything: whether a date exists, whether an id refers to something,
 * whether two entities claim one name. `npm run knowledge:check` says those.
 */
import { z } from 'zod';
import { packSchema } from './pack-schema';

/** The JSON Schema of the pack format, draft-07: the draft editors know best. */
export function buildPackJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(packSchema, { target: 'draft-7', io: 'input' });
}

/** Where the world pack's curated files are, and where the generator writes the pack. */
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const CURATED_DIR = join(ROOT, 'assets/knowledge/world');
export const WORLD_PACK_OUT = join(ROOT, 'assets/knowledge/generated/world.json');

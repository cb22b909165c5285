/**
 * Runs an accuracy fixture through the engine as the content script does (`annotateDocument`:
 * article region, page metadata, text model, analysis with the shipped packs) and scores the
 * mentions against its gold.
 * Shared by the accuracy test (happy-dom's globals) and `npm run accuracy` (a happy-dom `Window`
 * of its own): the caller parses the page, so both score the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { annotateDocument, type DocumentAnnotation } from '../../../lib/annotate/annotate-document';
import { createRecognizer, type Recognizer } from '../../../lib/analysis/create-recognizer';
import { compilePack } from '../../../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../../../lib/knowledge/pack-types';
import type { AccuracyExpectation } from '../../fixtures/accuracy';
import { generateWorldPack } from '../../../scripts/knowledge-world/generate-world-pack';
import { evaluateMentions, type Evaluation } from './evaluate-mentions';

/**
 * The bundled pack, which with the world pack the fixtures' gold is written against. A path, not a URL: under happy-dom the global
 * `URL` is happy-dom's, which `readFileSync` does not take.
 */
export const BUNDLED_PACK_PATH = resolve(
  import.meta.dirname,
  '../../../assets/knowledge/kim-putin-2023.json',
);

/**
 * A recognizer over the packs Kontext ships, as a page has them: the bundled pack, read from
 * disk (not through the build's virtual module), then the world pack, built in memory from the
 * committed curated files as `npm run knowledge:world` builds it.
 */
export async function createShippedRecognizer(): Promise<Recognizer> {
  const pack = JSON.parse(readFileSync(BUNDLED_PACK_PATH, 'utf8')) as KnowledgePack;
  const world = await generateWorldPack();
  if (!world.ok) throw new Error(`the world pack does not build:\n${world.problems.join('\n')}`);
  return createRecognizer([compilePack(pack), compilePack(world.pack)]);
}

export interface AccuracyResult {
  /** The text model of the page's article region. */
  text: string;
  annotation: DocumentAnnotation;
  evaluation: Evaluation;
}

/**
 * Annotates `doc` (a fixture's page) as `npm run kontext -- annotate` does, in the fixture's
 * language where the page says none, and scores the mentions against `expected`.
 */
export function measureAccuracy(
  doc: Document,
  expected: AccuracyExpectation,
  recognizer: Recognizer,
): AccuracyResult {
  const annotation = annotateDocument(doc, {
    recognizer,
    // The fixtures' gold names entities only; Wikidata items are not scored.
    packs: new Map(),
    today: expected.today,
    language: expected.language,
  });
  const { text } = annotation.region;
  const found = annotation.mentions.map(({ start, end, entity }) => ({
    start,
    end,
    entityId: entity,
  }));
  return { text, annotation, evaluation: evaluateMentions(text, expected.mentions, found) };
}

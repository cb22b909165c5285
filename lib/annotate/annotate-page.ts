/**
 * Annotating a page: find the article, read its text in slices (so that a large page never blocks
 * the reader for long), recognize the names, and highlight them. The page's DOM is read, never
 * changed.
 */
import {
  describeMentionsSteps,
  recognizeTextSteps,
  type AnalyzeContext,
  type PageAnalysis,
} from '../analysis/analyze-text';
import { runInSlices, type SliceClock, type SliceOptions } from '../async/run-sliced';
import { UNCERTAIN_BELOW, type ResolvedMention } from '../matching/resolve-mentions';
import type { Recognizer } from '../analysis/create-recognizer';
import { createTextCollector, type CollectedText } from '../dom/collect-text';
import { locateRange } from '../dom/text-ranges';
import { markName, showHighlights } from '../highlight/show-highlights';
import { pickPageLanguage } from '../i18n/pick-language';
import type { EntityType } from '../knowledge/pack-types';
import { findArticleRegionSteps } from '../page/find-article-region';
import { readPageMetadata } from '../page/read-page-metadata';

export interface PageAnnotation {
  analysis: PageAnalysis;
  collected: CollectedText;
  /** Removes every highlight this annotation drew. */
  dispose: () => void;
}

/**
 * Reads knowledge a page needs that is not in memory yet (imported packs, from storage): the
 * aliases that may begin with the words of a text, and the entities that were found.
 */
export interface KnowledgeLoader {
  beforeRecognition(text: string, slicing: SliceOptions): Promise<void>;
  loadEntities(entities: readonly number[], slicing: SliceOptions): Promise<void>;
}

export interface AnnotateOptions {
  doc: Document;
  win: Window & typeof globalThis;
  recognizer: Recognizer;
  /** The reader's languages, most preferred first (`navigator.languages`). */
  readerLanguages: readonly string[];
  /** Today, "YYYY-MM-DD", for pages that give no date. */
  today: string;
  /** Whether the reader wants mentions of `type` marked (all are, without it). */
  isTypeShown?: (type: EntityType) => boolean;
  /**
   * Whether the reader wants states' adjectives ("russische") marked; without it they are not,
   * as by default. They are recognized and counted either way.
   */
  areAdjectivesShown?: () => boolean;
  /** Knowledge read as the page needs it; none is needed when all packs are in memory. */
  loader?: KnowledgeLoader;
  /**
   * Nothing is drawn before it settles: the reader's settings, which say whether and what to draw,
   * read while the page is read and its names recognized. Abort `signal` meanwhile to draw
   * nothing. A page without a name to draw does not wait for it.
   */
  drawAfter?: Promise<unknown>;
  /** Called as soon as the highlights are drawn, before the rest of the analysis. */
  onHighlighted?: () => void;
  /** Stops the work between slices. */
  signal: AbortSignal;
}

/** The longest a slice of work runs before it gives the page's own work a turn. */
export const MAX_SLICE_MS = 8;
/** Nodes a slice visits between looks at the clock. */
const NODES_PER_CHECK = 500;

/**
 * Text nodes from which a page counts as large for drawing: the browser then repaints it for the
 * highlights for tens of milliseconds (about 40 ms for 100,000 text nodes in Chromium with
 * underlined marks, 12 ms with plain ones), so its marks are drawn plain (see `MarkStyle`).
 */
export const MANY_TEXT_NODES = 20_000;

function yieldToPage(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Annotates the page. Resolves with the annotation, or with undefined when `signal` aborted the
 * work first (then nothing was drawn).
 */
export async function annotatePage(options: AnnotateOptions): Promise<PageAnnotation | undefined> {
  const { doc, win, recognizer, signal } = options;
  // One slice at a time across every part of the work: finding the article, reading its text,
  // recognizing and drawing follow one another in a task until its slice is used up.
  const clock: SliceClock = { sliceStart: win.performance.now() };
  const pause = async (): Promise<void> => {
    await yieldToPage(win);
    clock.sliceStart = win.performance.now();
  };
  const slicing: SliceOptions = {
    maxSliceMs: MAX_SLICE_MS,
    now: () => win.performance.now(),
    pause: () => yieldToPage(win),
    signal,
    clock,
  };
  // A page of ten thousand paragraphs takes tens of milliseconds to measure: in slices too.
  const region = await runInSlices(findArticleRegionSteps(doc), slicing);
  if (!region || signal.aborted) return undefined;
  const metadata = readPageMetadata(doc, region);
  const collector = createTextCollector(region.root, region);
  for (;;) {
    let done = false;
    while (!done && win.performance.now() - clock.sliceStart < MAX_SLICE_MS) {
      done = collector.step(NODES_PER_CHECK);
    }
    if (done) break;
    await pause();
    if (signal.aborted) return undefined;
  }
  const collected = collector.result();
  const context: AnalyzeContext = {
    metadata,
    language: pickPageLanguage(metadata.language, doc, options.readerLanguages),
    today: options.today,
  };
  if (options.loader) {
    await options.loader.beforeRecognition(collected.text, slicing);
    if (signal.aborted) return undefined;
  }
  const resolved = await runInSlices(
    recognizeTextSteps(collected.text, recognizer, context),
    slicing,
  );
  if (!resolved || signal.aborted) return undefined;
  // A page that names no one has nothing the settings could hold back: it is done at once.
  if (options.drawAfter && resolved.length > 0) {
    // Settings that could not be read leave the ones known: drawing goes on with them.
    await options.drawAfter.catch(() => undefined);
    if (signal.aborted) return undefined;
  }

  // On a large page, the highlights get a task of their own, and the page a turn after the
  // repaint that follows: this work and that repaint should not hold the page up back to back.
  const large = collected.segments.length >= MANY_TEXT_NODES;
  if (large) {
    await pause();
    if (signal.aborted) return undefined;
  }
  // The highlights first: what the reader sees should not wait for sentences and counts.
  const rangesByName = new Map<string, StaticRange[]>();
  for (const mention of resolved) {
    // A stored pack's aliases came with their entities' types: drawing waits for no entity.
    const type = recognizer.typeOf(mention.entity);
    const bounds = locateRange(collected, mention.start, mention.end);
    if (!bounds || !type || options.isTypeShown?.(type) === false) continue;
    if (mention.kind === 'adjective' && options.areAdjectivesShown?.() !== true) continue;
    const name = markName(type, { uncertain: mention.confidence < UNCERTAIN_BELOW, plain: large });
    const ranges = rangesByName.get(name) ?? [];
    ranges.push(new win.StaticRange(bounds));
    rangesByName.set(name, ranges);
  }
  const dispose = showHighlights(win, rangesByName);
  try {
    options.onHighlighted?.();
    const analysis = await describeAfterDrawing(options, resolved, collected.text, context, {
      slicing,
      pause,
      large,
    });
    if (!analysis || signal.aborted) {
      dispose();
      return undefined;
    }
    return { analysis, collected, dispose };
  } catch (error) {
    // Drawn, but never handed over: nothing else could take these highlights off the page.
    dispose();
    throw error;
  }
}

/**
 * The half of the annotation after the highlights: a turn for the page to paint them, the
 * entities the mentions may also stand for, and the sentences and entities cards and the popup
 * need. Undefined when the work was stopped.
 */
async function describeAfterDrawing(
  options: AnnotateOptions,
  resolved: readonly ResolvedMention[],
  text: string,
  context: AnalyzeContext,
  { slicing, pause, large }: { slicing: SliceOptions; pause: () => Promise<void>; large: boolean },
): Promise<PageAnalysis | undefined> {
  // A turn for the page, which can paint them now.
  await pause();
  if (large) await pause();
  // The entities named, and those the mentions may also stand for (a card says "it may also
  // mean"): describing the mentions needs them, the highlights did not.
  if (options.loader) {
    const named = resolved.flatMap((mention) => [mention.entity, ...(mention.alternatives ?? [])]);
    await options.loader.loadEntities(named, slicing);
    if (options.signal.aborted) return undefined;
  }
  // Stored parts that could not be read leave entities out: their mentions are not described.
  const isKnown = (entity: number) => options.recognizer.entities[entity] !== undefined;
  const known = resolved
    .filter((mention) => isKnown(mention.entity))
    .map((mention) =>
      mention.alternatives?.every(isKnown) === false
        ? { ...mention, alternatives: mention.alternatives.filter(isKnown) }
        : mention,
    );
  return runInSlices(describeMentionsSteps(text, options.recognizer, known, context), slicing);
}

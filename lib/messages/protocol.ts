/**
 * Messages between the extension's contexts. Every message that arrives is checked here before it
 * is used: the other side may be an older version of Kontext, or not Kontext at all. Requests go
 * from the popup and the background to a tab's content script; the answers are checked by the
 * side that asked (`page-view.ts` for the page view).
 */
import { z } from './zod-mini';

export const GET_PAGE_VIEW = 'kontext:get-page-view';
export const REVEAL_MENTION = 'kontext:reveal-mention';
export const START_NAVIGATION = 'kontext:start-navigation';
export const GET_TIMINGS = 'kontext:get-timings';
export const APPLY_HIGHLIGHT_COLORS = 'kontext:apply-highlight-colors';
export const LOAD_CARD_UI = 'kontext:load-card-ui';

/** More mentions than any page has. */
const MAX_MENTION_INDEX = 100_000;
const id = z.string().check(z.minLength(1), z.maxLength(200));

/** The popup asks for the page's view, with names and texts in the reader's `language`. */
export const getPageViewRequestSchema = z.strictObject({
  type: z.literal(GET_PAGE_VIEW),
  language: z.enum(['de', 'en']),
});

/** The popup asks to scroll the page to an entity's `index`-th mention (from 0) and flash it. */
export const revealMentionRequestSchema = z.strictObject({
  type: z.literal(REVEAL_MENTION),
  packId: id,
  entityId: id,
  index: z.int().check(z.minimum(0), z.maximum(MAX_MENTION_INDEX)),
});

/** The background asks a tab's content script to start keyboard navigation (the shortcut). */
export const startNavigationRequestSchema = z.strictObject({ type: z.literal(START_NAVIGATION) });

/**
 * The benchmark (through an extension page) asks when the content script started and when it
 * first drew the page's highlights: timings that the page itself never sees.
 */
export const getTimingsRequestSchema = z.strictObject({ type: z.literal(GET_TIMINGS) });

export const requestSchema = z.discriminatedUnion('type', [
  getPageViewRequestSchema,
  revealMentionRequestSchema,
  startNavigationRequestSchema,
  getTimingsRequestSchema,
]);

export type GetPageViewRequest = z.infer<typeof getPageViewRequestSchema>;
export type RevealMentionRequest = z.infer<typeof revealMentionRequestSchema>;
export type StartNavigationRequest = z.infer<typeof startNavigationRequestSchema>;
export type GetTimingsRequest = z.infer<typeof getTimingsRequestSchema>;
export type Request = z.infer<typeof requestSchema>;

/**
 * A content script asks the background to draw its page's highlights in the reader's colours
 * (from the stored settings, which the background reads itself).
 */
export const applyHighlightColorsRequestSchema = z.strictObject({
  type: z.literal(APPLY_HIGHLIGHT_COLORS),
});
export type ApplyHighlightColorsRequest = z.infer<typeof applyHighlightColorsRequestSchema>;

/**
 * A content script asks the background to inject the card UI (lib/ui/card-ui.ts) into its frame,
 * when its first card is about to open.
 */
export const loadCardUiRequestSchema = z.strictObject({ type: z.literal(LOAD_CARD_UI) });
export type LoadCardUiRequest = z.infer<typeof loadCardUiRequestSchema>;

/** The background's requests: those that content scripts send it. */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  applyHighlightColorsRequestSchema,
  loadCardUiRequestSchema,
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

/** The background request in `message`, or undefined when it is none. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | undefined {
  const parsed = backgroundRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

/** The content script's answer to a reveal request. */
export const revealMentionAnswerSchema = z.strictObject({ revealed: z.boolean() });
export type RevealMentionAnswer = z.infer<typeof revealMentionAnswerSchema>;

/**
 * The content script's timings, in milliseconds on the page's clock (`performance.now()`):
 * when its code started; when each annotation had its highlights drawn; and when each was
 * complete, its sentences and entities worked out for cards and the popup. The first of each is
 * the page's load; later ones follow changes. Both lists are empty until the first is done.
 */
export const timingsAnswerSchema = z.strictObject({
  startedAt: z.number(),
  highlightedAt: z.array(z.number()),
  annotatedAt: z.array(z.number()),
});
export type TimingsAnswer = z.infer<typeof timingsAnswerSchema>;

/** The request in `message`, or undefined when it is none of Kontext's well-formed requests. */
export function parseRequest(message: unknown): Request | undefined {
  const parsed = requestSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

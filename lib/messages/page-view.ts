/**
 * The popup's view of a page, as the content script sends it: what the page is, who it names and
 * where, who said what, how they relate, what happened when, and the gist. Plain data, built by
 * `buildPageView` in the reader's language; the schema is the one place its shape is written down,
 * and the popup checks every answer against it before it shows anything.
 */
import { z } from './zod-mini';

/** Lists longer than this are no page view: no page names so much. */
const MAX_ITEMS = 10_000;
/** Texts longer than this are no page view's. */
const MAX_TEXT = 5_000;

const text = z.string().check(z.maxLength(MAX_TEXT));
const id = z.string().check(z.minLength(1), z.maxLength(200));
const day = z.string().check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/));
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MAX_ITEMS));
const count = z.int().check(z.minimum(0));

export const entityTypeSchema = z.enum(['person', 'organization', 'state', 'place']);

export const provenanceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('source'), publisher: text, date: day }),
  z.strictObject({ kind: z.literal('background') }),
  z.strictObject({ kind: z.literal('article') }),
]);

/** One entity on the page. */
export const entityViewSchema = z.strictObject({
  packId: id,
  entityId: id,
  name: text,
  type: entityTypeSchema,
  /** The role it held on the article's date. */
  role: z.optional(text),
  count: z.int().check(z.minimum(1)),
  /**
   * How often the page names it by its adjective ("russische"), where it does: among `count`
   * where the page draws adjectives, beside it where it does not.
   */
  adjectives: z.optional(z.int().check(z.minimum(1))),
  /** How many of `count` are linked with a low confidence (the card names the alternatives). */
  uncertain: z.optional(z.int().check(z.minimum(1))),
  /** Where each mention starts, as a fraction of the article's text (0 to 1), in text order. */
  positions: list(z.number().check(z.minimum(0), z.maximum(1))),
});

export const quoteViewSchema = z.strictObject({
  /** The statement's id in its pack. */
  id,
  packId: id,
  speakerId: id,
  speaker: text,
  text,
  /** The language of the words as the source gives them ("de"). */
  language: z.string().check(z.regex(/^[a-z]{2,3}$/)),
  translation: z.optional(text),
  channel: z.optional(text),
  date: day,
  provenance: provenanceSchema,
  /** Whether the article itself has these words. */
  onPage: z.boolean(),
});

export const relationViewSchema = z.strictObject({
  id,
  packId: id,
  subjectId: id,
  subject: text,
  /** What the subject is or did to the object, as the pack names it: "met", "leader-of". */
  relation: id,
  objectId: id,
  object: text,
  /** The statement in the reader's language. */
  text,
  date: day,
  provenance: provenanceSchema,
});

export const timelineEntrySchema = z.strictObject({
  date: day,
  end: z.optional(day),
  /** The event's title; none for statements that belong to no event. */
  title: z.optional(text),
  statements: list(z.strictObject({ text, provenance: provenanceSchema })),
  /** The article's words for this day ("am Dienstag"), with the sentence they stand in. */
  article: list(z.strictObject({ phrase: text, sentence: text })),
  /** Whether the article was published on this day. */
  published: z.boolean(),
});

export const pageViewSchema = z.strictObject({
  /** The page's host, as the browser gives it. */
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  page: z.strictObject({
    title: text,
    siteName: z.optional(text),
    publishedAt: z.optional(day),
    /** The page's language as it declares it ("de"), where it does. */
    language: z.optional(z.string().check(z.regex(/^[a-z]{2,3}$/))),
    /** The date the page speaks of: its publication date, else the day it was read. */
    date: day,
  }),
  packs: list(z.strictObject({ id, title: text, asOf: day })),
  /** The mentions the page draws. */
  mentionCount: count,
  /** Whether the page draws states' adjectives (the reader's setting). */
  adjectivesShown: z.boolean(),
  /** Entities by type (person, organization, state, place), each by number of mentions. */
  groups: list(z.strictObject({ type: entityTypeSchema, entities: list(entityViewSchema) })),
  quotes: list(quoteViewSchema),
  relations: list(relationViewSchema),
  timeline: list(timelineEntrySchema),
  /** Three to five of the article's own sentences. */
  gist: list(text),
});

export type PageView = z.infer<typeof pageViewSchema>;
export type EntityView = z.infer<typeof entityViewSchema>;
export type QuoteView = z.infer<typeof quoteViewSchema>;
export type RelationView = z.infer<typeof relationViewSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type ViewProvenance = z.infer<typeof provenanceSchema>;

/** The content script's answer to a page-view request. */
export const pageViewAnswerSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ready'), view: pageViewSchema }),
  /** The reader turned Kontext off on this site. */
  z.strictObject({ status: z.literal('off'), host: pageViewSchema.shape.host }),
]);

export type PageViewAnswer = z.infer<typeof pageViewAnswerSchema>;

/** The answer, or undefined when it is not a well-formed page-view answer. */
export function parsePageViewAnswer(value: unknown): PageViewAnswer | undefined {
  const parsed = pageViewAnswerSchema.safeParse(value);
  if (!parsed.success) return undefined;
  // What the schema cannot say: the counts agree with the positions.
  const { data } = parsed;
  if (data.status === 'ready') {
    const entities = data.view.groups.flatMap((group) => group.entities);
    if (entities.some((entity) => entity.positions.length !== entity.count)) return undefined;
    if (data.view.groups.some((group) => group.entities.some((e) => e.type !== group.type))) {
      return undefined;
    }
    const total = entities.reduce((sum, entity) => sum + entity.count, 0);
    if (total !== data.view.mentionCount) return undefined;
  }
  return data;
}

/**
 * Messages between the extension's contexts. Every message that arrives is checked here before it
 * is used: the other side may be an older version of Kontext, or not Kontext at all.
 */
import type { EntitySummary, PageSummary } from '../analysis/summarize-mentions';

export const GET_PAGE_SUMMARY = 'kontext:get-page-summary';
export const START_NAVIGATION = 'kontext:start-navigation';

/** The background asks a tab's content script to start keyboard navigation (the shortcut). */
export interface StartNavigationRequest {
  type: typeof START_NAVIGATION;
}

/** The popup asks a tab's content script what the page names. */
export interface GetPageSummaryRequest {
  type: typeof GET_PAGE_SUMMARY;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isGetPageSummaryRequest(message: unknown): message is GetPageSummaryRequest {
  return (
    isRecord(message) && message.type === GET_PAGE_SUMMARY && Object.keys(message).length === 1
  );
}

export function isStartNavigationRequest(message: unknown): message is StartNavigationRequest {
  return (
    isRecord(message) && message.type === START_NAVIGATION && Object.keys(message).length === 1
  );
}

const ENTITY_TYPES = new Set(['person', 'organization', 'state', 'place']);
const MAX_ENTITIES = 10_000;

function isEntitySummary(value: unknown): value is EntitySummary {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.type === 'string' &&
    ENTITY_TYPES.has(value.type) &&
    Number.isSafeInteger(value.count) &&
    (value.count as number) > 0
  );
}

/** The content script's answer, or undefined when it is not a well-formed page summary. */
export function parsePageSummary(value: unknown): PageSummary | undefined {
  if (!isRecord(value) || !Array.isArray(value.entities) || !Number.isSafeInteger(value.total)) {
    return undefined;
  }
  if (value.entities.length > MAX_ENTITIES || !value.entities.every(isEntitySummary))
    return undefined;
  const entities = value.entities as EntitySummary[];
  const total = entities.reduce((sum, entity) => sum + entity.count, 0);
  return total === value.total ? { total, entities } : undefined;
}

/**
 * The popup's line to its tab: which tab it is about, asking its content script for the page
 * view or to reveal a mention, and putting the content script into a tab on the reader's request.
 * Every answer is checked before it is used.
 */
import { CONTENT_SCRIPT_FILE, CONTENT_STYLE_FILE } from '../../lib/extension-ids';
import { browser } from 'wxt/browser';
import type { PopupState } from '../../components/PopupSummary';
import { TimeoutError, withTimeout } from '../../lib/async/with-timeout';
import type { Language } from '../../lib/knowledge/pack-types';
import { parsePageViewAnswer } from '../../lib/messages/page-view';
import {
  GET_PAGE_VIEW,
  REVEAL_MENTION,
  revealMentionAnswerSchema,
  type GetPageViewRequest,
  type RevealMentionRequest,
} from '../../lib/messages/protocol';

/** How long the popup waits for a content script before it says there was no answer. */
export const ANSWER_TIMEOUT_MS = 1000;
/**
 * How long it waits for one that has just been turned on: that one reads the page afresh, and
 * where its tab is in the background (as it is while the popup is open as a page), the browser
 * slows the timers between the annotation's slices.
 */
export const STARTING_TIMEOUT_MS = 5000;

export interface PopupTab {
  id: number;
  /** The tab's address, where the browser shows it to Kontext. */
  url?: string;
}

/** The tab this popup is about: `?tab=<id>` when opened as a page, else the active tab. */
export async function findTab(search: string): Promise<PopupTab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  try {
    let tab: { id?: number; url?: string } | undefined;
    if (param !== null) {
      const id = Number(param);
      if (!Number.isSafeInteger(id) || id < 0) return undefined;
      tab = { ...(await browser.tabs.get(id)), id };
    } else {
      [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    }
    if (tab?.id === undefined) return undefined;
    // Where the browser does not show Kontext the tab's address, some versions give none, others
    // an empty one; Chromium 150 hides even Kontext's own pages', which it still names as its
    // contexts: such a page is closed to content scripts like any extension page.
    const url = tab.url || (await ownPageUrl(tab.id));
    return { id: tab.id, ...(url && { url }) };
  } catch {
    // No such tab (it was closed).
    return undefined;
  }
}

/** The address of Kontext's own page in tab `tabId`, where the browser can say (Chromium). */
async function ownPageUrl(tabId: number): Promise<string | undefined> {
  const runtime = browser.runtime as {
    getContexts?: (filter: { tabIds: number[] }) => Promise<{ documentUrl?: string }[]>;
  };
  const contexts = await runtime.getContexts?.({ tabIds: [tabId] }).catch(() => []);
  return contexts?.find((context) => context.documentUrl)?.documentUrl;
}

/** Asks the tab's content script for the page view, in `language`, waiting `timeoutMs`. */
export async function askForView(
  tabId: number,
  language: Language,
  timeoutMs = ANSWER_TIMEOUT_MS,
): Promise<PopupState> {
  const request: GetPageViewRequest = { type: GET_PAGE_VIEW, language };
  try {
    const answer = parsePageViewAnswer(
      await withTimeout(browser.tabs.sendMessage(tabId, request), timeoutMs),
    );
    if (!answer) return { kind: 'no-answer' };
    return answer.status === 'off'
      ? { kind: 'off', host: answer.host }
      : { kind: 'view', view: answer.view };
  } catch (error) {
    // A refusal at once means no content script is there (a page outside the news list that
    // was not annotated); a timeout, that one is there but busy or stuck.
    return error instanceof TimeoutError ? { kind: 'no-answer' } : { kind: 'not-running' };
  }
}

/** Asks the tab to scroll to an entity's `index`-th mention and flash it; whether it did. */
export async function revealMention(
  tabId: number,
  packId: string,
  entityId: string,
  index: number,
): Promise<boolean> {
  const request: RevealMentionRequest = { type: REVEAL_MENTION, packId, entityId, index };
  try {
    const answer = revealMentionAnswerSchema.safeParse(
      await withTimeout(browser.tabs.sendMessage(tabId, request), ANSWER_TIMEOUT_MS),
    );
    return answer.success && answer.data.revealed;
  } catch {
    return false;
  }
}

/** Puts Kontext's content script and its styles into the tab (activeTab or a host permission). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [`/${CONTENT_STYLE_FILE}`] });
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] });
}

/**
 * The content script's side of the protocol: which messages it acts on, and what it answers.
 * Anything that is not a well-formed request from Kontext itself is dropped with no effect and no
 * answer.
 */
import type { Language } from '../knowledge/pack-types';
import type { PageViewAnswer } from './page-view';
import {
  GET_PAGE_VIEW,
  GET_TIMINGS,
  parseRequest,
  REVEAL_MENTION,
  START_NAVIGATION,
  type RevealMentionAnswer,
  type TimingsAnswer,
} from './protocol';

/** What the content script does for each request. */
export interface RequestEffects {
  getPageView: (language: Language) => Promise<PageViewAnswer>;
  revealMention: (packId: string, entityId: string, index: number) => Promise<boolean>;
  startNavigation: () => void;
  getTimings: () => TimingsAnswer;
}

/** Who sent a message, as `runtime.onMessage` says. */
export interface MessageSender {
  id?: string;
}

/**
 * A `runtime.onMessage` listener for the content script of the extension `extensionId`. It
 * returns a promise of the answer for a request it acts on, and undefined (no answer) otherwise.
 */
export function createRequestHandler(
  extensionId: string,
  effects: RequestEffects,
): (message: unknown, sender: MessageSender) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (sender.id !== extensionId) return undefined;
    const request = parseRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case GET_PAGE_VIEW:
        return effects.getPageView(request.language);
      case REVEAL_MENTION:
        return effects
          .revealMention(request.packId, request.entityId, request.index)
          .then((revealed): RevealMentionAnswer => ({ revealed }));
      case START_NAVIGATION:
        effects.startNavigation();
        return undefined;
      case GET_TIMINGS:
        return Promise.resolve(effects.getTimings());
    }
  };
}

/**
 * The background's side of the protocol: the requests it takes from Kontext's content scripts.
 * A request from anything else (another extension, an extension page, a page that is not on the
 * web) is dropped with no effect and no answer.
 */
import { APPLY_HIGHLIGHT_COLORS, LOAD_CARD_UI, parseBackgroundRequest } from './protocol';

/** The frame a content script runs in. */
export interface FrameTarget {
  tabId: number;
  frameId: number;
}

export interface BackgroundEffects {
  applyHighlightColors: (target: FrameTarget) => Promise<void>;
  /** Injects the card UI into the frame; resolves once it has run there. */
  loadCardUi: (target: FrameTarget) => Promise<void>;
}

/** Who sent a message, as `runtime.onMessage` says. */
export interface BackgroundMessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The frame of a content script of `extensionId` on a web page, or undefined for any other sender. */
function contentScriptFrame(
  sender: BackgroundMessageSender,
  extensionId: string,
): FrameTarget | undefined {
  const tabId = sender.tab?.id;
  const { frameId } = sender;
  if (sender.id !== extensionId || tabId === undefined || frameId === undefined) return undefined;
  if (!/^https?:\/\//.test(sender.url ?? '')) return undefined;
  return { tabId, frameId };
}

/**
 * A `runtime.onMessage` listener for the background of the extension `extensionId`: a promise
 * for a request it acts on, undefined (no answer) otherwise.
 */
export function createBackgroundHandler(
  extensionId: string,
  effects: BackgroundEffects,
): (message: unknown, sender: BackgroundMessageSender) => Promise<void> | undefined {
  return (message, sender) => {
    const target = contentScriptFrame(sender, extensionId);
    const request = target && parseBackgroundRequest(message);
    if (!target || !request) return undefined;
    switch (request.type) {
      case APPLY_HIGHLIGHT_COLORS:
        return effects.applyHighlightColors(target);
      case LOAD_CARD_UI:
        return effects.loadCardUi(target);
    }
  };
}

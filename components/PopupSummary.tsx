import { useLayoutEffect, useRef } from 'preact/hooks';
import type { EntityType, Language } from '../lib/knowledge/pack-types';
import type { PageView } from '../lib/messages/page-view';
import { PopupControls, type PopupSite } from './PopupControls';
import { PopupEntities } from './PopupEntities';
import { PopupGist } from './PopupGist';
import { PopupGraph } from './PopupGraph';
import { PopupPage } from './PopupPage';
import { PopupQuotes } from './PopupQuotes';
import type { PopupText } from './popup-text';
import { PopupTimeline } from './PopupTimeline';

/**
 * The performance mark the popup sets when it first shows more than "loading" (its `detail` is
 * the state's kind); `bench/popup-first-content.ts` reads it.
 */
export const FIRST_CONTENT_MARK = 'kontext:first-content';

/** Where the popup stands with its tab. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'view'; view: PageView }
  /** The reader turned Kontext off on the tab's site. */
  | { kind: 'off'; host: string }
  /** No content script in the tab: a page outside the news list, not annotated yet. */
  | { kind: 'not-running' }
  /** A content script that gave no usable answer within a second. */
  | { kind: 'no-answer' }
  /** A page no extension may read: the browser's own, another extension's. */
  | { kind: 'cannot-run' };

export interface PopupSummaryProps {
  state: PopupState;
  text: PopupText;
  language: Language;
  site?: PopupSite;
  entityTypes: Record<EntityType, boolean>;
  /** Whether the stored settings could not be read (the defaults apply). */
  settingsNotice: boolean;
  permissionDenied: boolean;
  /** Whether the popup is open as a tab already. */
  isTab: boolean;
  hasOptions: boolean;
  onReveal: (packId: string, entityId: string, index: number) => void;
  onToggleSite: (on: boolean) => void;
  onToggleType: (type: EntityType, shown: boolean) => void;
  onAnnotate: () => void;
  onRetry: () => void;
  onOpenInTab: () => void;
  onOpenOptions: () => void;
}

/** The sentence that says where the popup stands, for every state but a page with names. */
function describeState(state: PopupState, text: PopupText): string | undefined {
  switch (state.kind) {
    case 'view':
      return state.view.mentionCount === 0 ? text.noNames : undefined;
    case 'off':
      return text.off;
    case 'not-running':
      return text.noAnswer;
    case 'no-answer':
      return text.noAnswerInTime;
    case 'cannot-run':
      return `${text.annotateFailed} ${text.cannotRunWhy}`;
    case 'loading':
      return undefined;
  }
}

/**
 * The popup's view of one tab: the page, who it names and where, who said what, how they relate,
 * what happened when, the gist, and the controls; or a sentence that says why there is none.
 */
export function PopupSummary(props: PopupSummaryProps) {
  const { state, text, language } = props;
  const view = state.kind === 'view' ? state.view : undefined;
  const message = describeState(state, text);
  const hasNames = view !== undefined && view.mentionCount > 0;
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (marked.current || state.kind === 'loading') return;
    marked.current = true;
    performance.mark(FIRST_CONTENT_MARK, { detail: state.kind });
  }, [state.kind]);
  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <header class="top">
        <h1>{text.popupTitle}</h1>
        {!props.isTab && (
          <button type="button" class="quiet" onClick={props.onOpenInTab}>
            {text.openInTab}
          </button>
        )}
      </header>
      <div role="status" class="state" data-state={state.kind}>
        {state.kind === 'loading' && <div class="loading">{text.loading}</div>}
        {message && <p>{message}</p>}
        {hasNames && (
          <p class="count" data-testid="names-found">
            {text.namesFound(view.mentionCount)}
          </p>
        )}
      </div>
      {state.kind === 'not-running' && (
        <p>
          <button type="button" onClick={props.onAnnotate}>
            {text.annotatePage}
          </button>
        </p>
      )}
      {state.kind === 'no-answer' && (
        <p>
          <button type="button" onClick={props.onRetry}>
            {text.tryAgain}
          </button>
        </p>
      )}
      {props.settingsNotice && (
        <p class="notice" role="note">
          {text.settingsNotice}
        </p>
      )}
      {view && <PopupPage view={view} text={text} language={language} />}
      {hasNames && (
        <>
          <PopupEntities
            view={view}
            text={text}
            language={language}
            entityTypes={props.entityTypes}
            onReveal={props.onReveal}
          />
          <PopupQuotes quotes={view.quotes} text={text} language={language} />
          <PopupGraph view={view} text={text} language={language} onReveal={props.onReveal} />
          <PopupTimeline entries={view.timeline} text={text} language={language} />
          {view.gist.length > 0 && <PopupGist sentences={view.gist} text={text} />}
        </>
      )}
      {state.kind !== 'loading' && state.kind !== 'cannot-run' && (
        <PopupControls
          text={text}
          {...(props.site && { site: props.site })}
          entityTypes={props.entityTypes}
          permissionDenied={props.permissionDenied}
          hasOptions={props.hasOptions}
          onToggleSite={props.onToggleSite}
          onToggleType={props.onToggleType}
          onOpenOptions={props.onOpenOptions}
        />
      )}
    </main>
  );
}

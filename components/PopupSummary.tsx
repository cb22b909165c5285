import type { PageSummary } from '../lib/analysis/summarize-mentions';
import type { UiText } from '../lib/i18n/ui-text';

/** Where the popup stands with the active tab. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'summary'; summary: PageSummary }
  | { kind: 'not-running' }
  | { kind: 'cannot-run' };

export interface PopupSummaryProps {
  state: PopupState;
  text: UiText;
  onAnnotate: () => void;
}

/** The popup's view of one tab: how many names Kontext found there, and which. */
export function PopupSummary({ state, text, onAnnotate }: PopupSummaryProps) {
  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <h1>{text.popupTitle}</h1>
      <div role="status">
        {state.kind === 'summary' && <SummaryBody summary={state.summary} text={text} />}
        {state.kind === 'not-running' && (
          <>
            <p>{text.noAnswer}</p>
            <button type="button" onClick={onAnnotate}>
              {text.annotatePage}
            </button>
          </>
        )}
        {state.kind === 'cannot-run' && <p>{text.annotateFailed}</p>}
      </div>
    </main>
  );
}

function SummaryBody({ summary, text }: { summary: PageSummary; text: UiText }) {
  if (summary.total === 0) return <p>{text.noNames}</p>;
  return (
    <>
      <p class="count" data-testid="names-found">
        {text.namesFound(summary.total)}
      </p>
      <ul class="entities">
        {summary.entities.map((entity) => (
          <li key={entity.id} data-entity={entity.id}>
            <span class="name">{entity.name}</span>{' '}
            <span class="meta">
              {text.entityTypes[entity.type]} · {text.mentions(entity.count)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

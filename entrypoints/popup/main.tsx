import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupSummary, type PopupState } from '../../components/PopupSummary';
import { withTimeout } from '../../lib/async/with-timeout';
import { getUiText, pickLanguage } from '../../lib/i18n/ui-text';
import { GET_PAGE_SUMMARY, parsePageSummary } from '../../lib/messages/protocol';
import './style.css';

/** How long the popup waits for a content script before saying it is not running. */
const ANSWER_TIMEOUT_MS = 1000;

/** The tab this popup is about: `?tab=<id>` when opened as a page, else the active tab. */
async function findTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askForSummary(tabId: number): Promise<PopupState> {
  try {
    const answer: unknown = await withTimeout(
      browser.tabs.sendMessage(tabId, { type: GET_PAGE_SUMMARY }),
      ANSWER_TIMEOUT_MS,
    );
    const summary = parsePageSummary(answer);
    return summary ? { kind: 'summary', summary } : { kind: 'not-running' };
  } catch {
    // No content script in the tab (not a news site, or not yet annotated), or it did not answer.
    return { kind: 'not-running' };
  }
}

function Popup() {
  const language = pickLanguage(navigator.languages);
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();

  useEffect(() => {
    void (async () => {
      const id = await findTabId();
      setTabId(id);
      setState(id === undefined ? { kind: 'cannot-run' } : await askForSummary(id));
    })();
  }, []);

  const annotate = async () => {
    if (tabId === undefined) return;
    try {
      // activeTab grants this for the tab the reader opened the popup on.
      await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/content.js'],
      });
      setState(await askForSummary(tabId));
    } catch {
      setState({ kind: 'cannot-run' });
    }
  };

  return (
    <PopupSummary state={state} text={getUiText(language)} onAnnotate={() => void annotate()} />
  );
}

document.documentElement.lang = pickLanguage(navigator.languages);
render(<Popup />, document.getElementById('app')!);

/**
 * How soon the popup shows its first content: the time from the popup page's navigation start to
 * the performance mark it sets when it first renders more than "loading" (`FIRST_CONTENT_MARK`),
 * read inside the popup page. The popup opens as a tab about an annotated tab, as the browser
 * tests open it; the goal is a median within 150 ms on the seed article.
 */
import { FIRST_CONTENT_MARK } from '../components/PopupSummary';
import type { ExtensionBrowser } from '../tests/browser/harness/browsers';

/** The longest one opening may take to show anything before the run fails. */
const TIMEOUT_MS = 10_000;
const POLL_MS = 20;

/** Runs in the popup: the first-content mark's time and the state it showed, once set. */
function readMark(name: string): { time: number; state: string } | null {
  const [mark] = performance.getEntriesByName(name, 'mark') as PerformanceMark[];
  return mark ? { time: mark.startTime, state: String(mark.detail) } : null;
}

/**
 * Opens the popup about `tabId` `runs` times, one after the other, and returns each time to first
 * content in ms. The tab must show a page Kontext has annotated (wait for its highlights first);
 * a run whose first content is not the page view (an error state) fails the measurement rather
 * than timing the wrong thing.
 */
export async function measurePopupFirstContent(
  browser: ExtensionBrowser,
  tabId: number,
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const popup = await browser.openPopup(tabId);
    try {
      const deadline = Date.now() + TIMEOUT_MS;
      let mark = await popup.evaluate(readMark, FIRST_CONTENT_MARK);
      while (!mark) {
        if (Date.now() > deadline) {
          throw new Error(`the popup showed nothing but "loading" for ${TIMEOUT_MS} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        mark = await popup.evaluate(readMark, FIRST_CONTENT_MARK);
      }
      if (mark.state !== 'view') {
        throw new Error(`the popup's first content was the "${mark.state}" state, not the page`);
      }
      times.push(mark.time);
    } finally {
      await popup.close();
    }
  }
  return times;
}

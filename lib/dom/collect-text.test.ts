/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { collectText, KONTEXT_HOST_ATTRIBUTE } from './collect-text';
import { locateRange } from './text-ranges';

/** A fixture parsed into its own document, under a `<div>` root. */
function fixture(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  return parsed.body.firstElementChild as HTMLElement;
}

describe('collectText', () => {
  test('keeps inline markup inside one word run and breaks at blocks', () => {
    const { text } = collectText(fixture('<p>Kim <b>Jong</b> Un</p><p>Putin</p>'));
    expect(text.trim().split('\n').filter(Boolean)).toEqual(['Kim Jong Un', 'Putin']);
  });

  test('skips code, form fields, editable regions and Kontext’s own host', () => {
    const root = fixture(
      [
        '<p>Putin</p>',
        '<script>Putin</script><style>.Putin{}</style>',
        '<textarea>Putin</textarea><input value="Putin"><select><option>Putin</option></select>',
        '<button>Putin</button><pre>Putin</pre><code>Putin</code><kbd>Putin</kbd><samp>Putin</samp>',
        '<div contenteditable="true">Putin</div><div contenteditable="">Putin</div>',
        `<div ${KONTEXT_HOST_ATTRIBUTE}>Putin</div>`,
        '<div contenteditable="false">Kim</div>',
      ].join(''),
    );
    const words = collectText(root).text.split(/\s+/).filter(Boolean);
    expect(words).toEqual(['Putin', 'Kim']);
  });

  test('maps offsets back to the text nodes', () => {
    const root = fixture('<p>Treffen mit Kim <i>Jong</i> Un</p>');
    const collected = collectText(root);
    const start = collected.text.indexOf('Kim');
    const range = locateRange(collected, start, start + 'Kim Jong Un'.length)!;
    expect(range.startContainer.textContent).toBe('Treffen mit Kim ');
    expect(range.startOffset).toBe('Treffen mit '.length);
    expect(range.endContainer.textContent).toBe(' Un');
    expect(range.endOffset).toBe(3);
  });
});

/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { collectText, createTextCollector, KONTEXT_HOST_ATTRIBUTE } from './collect-text';
import { locateRange } from './text-ranges';

/** A fixture parsed into its own document, under a `<div>` root. */
function fixture(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  return parsed.body.firstElementChild as HTMLElement;
}

/** The collected text as words, whatever separates them. */
function wordsOf(root: Node): string[] {
  return collectText(root).text.split(/\s+/).filter(Boolean);
}

describe('collectText', () => {
  test('keeps inline markup inside one word run and breaks at blocks', () => {
    const { text } = collectText(fixture('<p>Kim <b>Jong</b> Un</p><p>Putin</p>'));
    expect(text.trim().split('\u2029').filter(Boolean)).toEqual(['Kim Jong Un', 'Putin']);
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

  test('puts one separator between blocks and none at the ends', () => {
    const root = fixture(
      '\n  <h1>Kim</h1>\n  <div>\n    <p>Putin</p>\n\n  </div>\n  <ul><li>Xi</li><li>Modi</li></ul>\n',
    );
    expect(collectText(root).text).toBe('Kim\u2029Putin\u2029Xi\u2029Modi');
  });

  test('breaks words at <br> and table cells, not at inline elements or <wbr>', () => {
    const root = fixture(
      '<p>Kim<br>Putin</p><table><tr><td>Xi</td><td>Modi</td></tr></table>' +
        '<p><a href="/k">Kim</a> <span><em>Jong</em></span>\u00a0Un, Donau<wbr>dampfschiff</p>',
    );
    expect(collectText(root).text).toBe(
      'Kim\u2029Putin\u2029Xi\u2029Modi\u2029Kim Jong\u00a0Un, Donaudampfschiff',
    );
  });

  test('keeps whitespace between inline elements, drops it next to block boundaries', () => {
    const root = fixture('<p><b>Kim</b> <i>Jong</i>  <i>Un</i> </p> <p> Putin</p>');
    expect(collectText(root).text).toBe('Kim Jong  Un\u2029 Putin');
  });

  test('maps every character of every segment 1:1 to its node, soft hyphens and all', () => {
    const root = fixture(
      '<p>Wla\u00addi\u00admir <b>Pu\u200btin</b></p><p>Kim\u200dJong\ufeffUn</p><p>Selenskyj</p>',
    );
    const collected = collectText(root);
    expect(collected.text).toBe(
      'Wla\u00addi\u00admir Pu\u200btin\u2029Kim\u200dJong\ufeffUn\u2029Selenskyj',
    );
    for (const { node, start } of collected.segments) {
      expect(collected.text.slice(start, start + node.data.length)).toBe(node.data);
      expect(collected.startByNode.get(node)).toBe(start);
    }
    const starts = collected.segments.map(({ start }) => start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('never reads attributes as text', () => {
    const root = fixture(
      '<p title="Putin" data-name="Putin" aria-label="Putin" class="Putin" id="Putin">Kim</p>' +
        '<img alt="Putin" src="putin.jpg"><a href="/putin" title="Putin">Xi</a> ' +
        '<abbr title="Wladimir Putin">WP</abbr><input type="hidden" value="Putin">',
    );
    expect(wordsOf(root)).toEqual(['Kim', 'Xi', 'WP']);
  });

  test('skips frames, embedded media, canvas fallback, ruby annotations and template content', () => {
    const root = fixture(
      [
        '<p>Kim</p>',
        '<object>Putin</object><embed>',
        '<canvas>Putin</canvas><video>Putin</video><audio>Putin</audio>',
        '<template><p>Putin</p></template><noscript>Putin</noscript>',
        '<ruby>金<rp>(</rp><rt>Kim</rt><rp>)</rp></ruby>正恩',
        '<datalist><option>Putin</option></datalist><xmp>Putin</xmp>',
      ].join(''),
    );
    expect(collectText(root).text).toBe('Kim\u2029金正恩');

    // Built detached: happy-dom tries (and fails, noisily) to load a connected frame.
    const detached = root.ownerDocument.createElement('div');
    for (const name of ['iframe', 'frame', 'frameset']) {
      const frame = root.ownerDocument.createElement(name);
      frame.append('Putin');
      detached.append(frame);
    }
    detached.append('Xi');
    expect(collectText(detached).text).toBe('Xi');
  });

  test('skips SVG and MathML, by namespace and by name', () => {
    const root = fixture(
      '<p>Kim</p><svg><text>Putin</text><foreignObject><p>Putin</p></foreignObject></svg>' +
        '<math><mi>Putin</mi></math><p>Xi</p>',
    );
    expect(wordsOf(root)).toEqual(['Kim', 'Xi']);

    const doc = root.ownerDocument;
    const svgText = doc.createElementNS('http://www.w3.org/2000/svg', 'TEXT');
    svgText.append('Putin');
    const mathml = doc.createElementNS('http://www.w3.org/1998/Math/MathML', 'mrow');
    mathml.append('Putin');
    const container = doc.createElement('div');
    container.append('Modi ', svgText, mathml);
    expect(wordsOf(container)).toEqual(['Modi']);
  });

  test('skips every editable contenteditable value, islands of "false" inside them included', () => {
    const root = fixture(
      [
        '<p>Kim</p>',
        '<div contenteditable="plaintext-only">Putin</div>',
        '<div contenteditable="TRUE">Putin</div>',
        '<div contenteditable>Putin <span contenteditable="false">Putin</span></div>',
        '<div contenteditable="false">Xi</div>',
        '<div contenteditable="nonsense">Modi</div>',
      ].join(''),
    );
    expect(wordsOf(root)).toEqual(['Kim', 'Xi', 'Modi']);
  });

  test('leaves out what isExcluded says, with its whole subtree', () => {
    const root = fixture(
      '<p>Kim</p><aside class="box"><p>Putin <b>Putin</b></p></aside><p class="box">Putin</p><p>Xi</p>',
    );
    const seen: string[] = [];
    const { text } = collectText(root, {
      isExcluded: (element) => {
        seen.push(element.localName);
        return element.classList.contains('box');
      },
    });
    expect(text).toBe('Kim\u2029Xi');
    expect(seen).toEqual(['div', 'p', 'aside', 'p', 'p']);
  });

  test('reads a whole document without its head', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>Putin</title><style>p{}</style></head><body><p>Kim</p></body></html>',
      'text/html',
    );
    expect(collectText(doc).text).toBe('Kim');
  });

  test('walks open shadow roots as rendered: slotted children in slot order, fallbacks', () => {
    const root = fixture(
      '<p>Kim</p><news-card><span slot="name">Putin</span><b>Stray</b></news-card>' +
        '<news-card></news-card><p>Xi</p>',
    );
    const doc = root.ownerDocument;
    const [filled, empty] = Array.from(root.querySelectorAll('news-card'));
    for (const host of [filled!, empty!]) {
      const shadow = host.attachShadow({ mode: 'open' });
      const heading = doc.createElement('h2');
      heading.append('Profil');
      const slot = doc.createElement('slot');
      slot.setAttribute('name', 'name');
      slot.append('Unbekannt');
      const body = doc.createElement('p');
      body.append('trifft ', slot, ' in Moskau');
      shadow.append(heading, body);
    }
    expect(collectText(root).text).toBe(
      'Kim\u2029Profil\u2029trifft Putin in Moskau\u2029Profil\u2029trifft Unbekannt in Moskau\u2029Xi',
    );
  });

  test('finds text in nested open shadow roots and maps it to its nodes', () => {
    const root = fixture('<p>Kim</p><outer-widget></outer-widget>');
    const doc = root.ownerDocument;
    const outer = root.querySelector('outer-widget')!.attachShadow({ mode: 'open' });
    const inner = doc.createElement('inner-widget');
    outer.append(inner);
    const deep = doc.createElement('p');
    deep.append('Schoigu');
    inner.attachShadow({ mode: 'open' }).append(deep);

    const collected = collectText(root);
    expect(collected.text).toBe('Kim\u2029Schoigu');
    const range = locateRange(collected, 4, 11)!;
    expect(range.startContainer).toBe(deep.firstChild);
  });

  test('cannot walk a closed shadow root', () => {
    const root = fixture('<p>Kim</p><closed-widget></closed-widget>');
    const host = root.querySelector('closed-widget')!;
    const shadow = host.attachShadow({ mode: 'closed' });
    const secret = root.ownerDocument.createElement('p');
    secret.append('Putin');
    shadow.append(secret);
    expect(wordsOf(root)).toEqual(['Kim']);
  });

  test('survives nesting 2,000 deep', () => {
    const doc = new DOMParser().parseFromString('<div id="top"></div>', 'text/html');
    let parent: Element = doc.getElementById('top')!;
    for (let depth = 0; depth < 2_000; depth++) {
      const child = doc.createElement(depth % 2 === 0 ? 'div' : 'span');
      if (depth % 100 === 0) child.append(`Ebene${depth} `);
      parent.append(child);
      parent = child;
    }
    parent.append('Putin');
    const { text, segments } = collectText(doc.getElementById('top')!);
    expect(segments).toHaveLength(21);
    expect(text.endsWith('Putin')).toBe(true);
  });

  test('survives 100,000 text nodes', () => {
    const doc = new DOMParser().parseFromString('<div id="top"></div>', 'text/html');
    const top = doc.getElementById('top')!;
    for (let block = 0; block < 1_000; block++) {
      const paragraph = doc.createElement('p');
      for (let run = 0; run < 100; run++) paragraph.append(doc.createTextNode('Kim '));
      top.append(paragraph);
    }
    const { segments, text } = collectText(top);
    expect(segments).toHaveLength(100_000);
    expect(text.split('\u2029')).toHaveLength(1_000);
  });
});

describe('createTextCollector', () => {
  const html = [
    '<h1>Kim trifft Putin</h1>',
    '<p>Der <b>Kreml</b>-Chef Wladimir Putin<br>und Kim Jong Un.</p>',
    '<div>  <p> Schoigu </p>  <ul><li>Xi</li> <li>Modi</li></ul></div>',
    '<script>Putin</script><p>Ende</p>',
  ].join('\n');

  test('gives the same result in slices of any size as in one pass', () => {
    const root = fixture(html);
    const whole = collectText(root);
    for (const budget of [1, 2, 3, 7, 50]) {
      const collector = createTextCollector(root);
      let steps = 0;
      while (!collector.step(budget)) steps++;
      if (budget < 10) expect(steps).toBeGreaterThan(1);
      const sliced = collector.result();
      expect(sliced.text).toBe(whole.text);
      expect(sliced.segments).toEqual(whole.segments);
    }
  });

  test('walks at least one node per step and reports when it is done', () => {
    const collector = createTextCollector(fixture('<p>Kim</p>'));
    expect(collector.step(0)).toBe(false); // the root <div>
    expect(collector.step(0)).toBe(false); // the <p>
    expect(collector.step(0)).toBe(false); // the text
    expect(collector.step(0)).toBe(false); // the end of the <p>
    expect(collector.step(0)).toBe(true); // the end of the <div>
    expect(collector.result().text).toBe('Kim');
  });

  test('finishes the walk when the result is asked for early', () => {
    const root = fixture(html);
    const collector = createTextCollector(root);
    collector.step(3);
    expect(collector.result().text).toBe(collectText(root).text);
    expect(collector.step(10)).toBe(true);
  });
});

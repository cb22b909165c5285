/**
 * The saved pages the command-line tools read (`kontext annotate`, `region:eval`): parsed as the
 * standard says, decoded as a browser would, and read by lib/ as a page in a browser is.
 */
import { describe, expect, test } from 'vitest';
import { runToEnd } from '../../lib/async/run-sliced';
import { findFurnitureSteps } from '../../lib/page/find-furniture';
import { parseSavedPage } from '../../scripts/parse-saved-page';

const story =
  '<p>Wladimir Putin und Kim Jong Un haben sich im Osten Russlands getroffen, um über eine engere Zusammenarbeit zu sprechen.</p>'.repeat(
    6,
  );
const links =
  '<ul id="links"><li><a href="/a">Kim besucht Wostotschny</a></li>' +
  '<li><a href="b.html">Schoigu in Pjöngjang</a></li></ul>';

describe('parseSavedPage', () => {
  test('a page read without its address (about:blank) still counts its relative links', () => {
    const { doc, close } = parseSavedPage(`<div id="root">${story}${links}</div>`);
    expect(doc.URL).toBe('about:blank');
    const furniture = runToEnd(
      findFurnitureSteps(doc.getElementById('root')!, { isExcluded: () => false }),
    );
    expect(furniture.has(doc.getElementById('links')!)).toBe(true);
    close();
  });

  test('keeps the article past what trips other parsers: an SVG sprite with a style', () => {
    const { doc, close } = parseSavedPage(
      '<body><span><svg><style>.a{fill:red}</style><symbol id="i"><path d="M0 0"/></symbol></svg></span>' +
        `<article>${story}</article></body>`,
    );
    expect(doc.querySelectorAll('article p')).toHaveLength(6);
    close();
  });

  test('decodes bytes by the charset the page declares, else as UTF-8', () => {
    const declared = Buffer.from(
      '<meta charset="iso-8859-1"><p>Südkorea äußerte sich</p>',
      'latin1',
    );
    const latin = parseSavedPage(declared);
    expect(latin.doc.querySelector('p')?.textContent).toBe('Südkorea äußerte sich');
    latin.close();
    const undeclared = parseSavedPage(Buffer.from('<p>Südkorea äußerte sich</p>', 'utf8'));
    expect(undeclared.doc.querySelector('p')?.textContent).toBe('Südkorea äußerte sich');
    undeclared.close();
  });
});

/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { runToEnd, type Steps } from '../async/run-sliced';
import { findFurnitureSteps, MAX_CARD_CHARS, MAX_LABELLED_BOX_CHARS } from './find-furniture';

const prose =
  'Wladimir Putin und Kim Jong Un haben sich im Osten Russlands getroffen, um über eine engere Zusammenarbeit zu sprechen.';

/** The article's own text, enough that no single box below holds most of the root's text. */
const story = `<p>${prose}</p>`.repeat(6);

/** Prose of at least `length` characters, white space not counted (as the walk counts them). */
function proseOf(length: number): string {
  const perSentence = prose.replace(/\s/g, '').length;
  return prose.repeat(Math.ceil(length / perSentence));
}

function parseRoot(html: string): { doc: Document; root: Element } {
  const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  return { doc, root: doc.getElementById('root')! };
}

/** The furniture under a root holding `html`, with nothing left out beforehand. */
function findFurniture(html: string): { doc: Document; furniture: Set<Element> } {
  const { doc, root } = parseRoot(html);
  const furniture = runToEnd(findFurnitureSteps(root, { isExcluded: () => false }));
  return { doc, furniture };
}

function isFurniture(html: string, id: string): boolean {
  const { doc, furniture } = findFurniture(html);
  const element = doc.getElementById(id);
  if (!element) throw new Error(`no #${id} in the fixture`);
  return furniture.has(element);
}

/** Runs `steps` to the end, counting the pauses it offers on the way. */
function countPauses<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

describe('findFurnitureSteps', () => {
  test('takes a block that is mostly link text for a list of links', () => {
    const html =
      `${story}<ul id="links"><li><a href="/a">Kim besucht Wostotschny</a></li>` +
      '<li><a href="/b">Schoigu in Pjöngjang</a></li><li><a href="/c">Lawrow in Peking</a></li></ul>';
    expect(isFurniture(html, 'links')).toBe(true);
  });

  test('counts links to other pages only: anchors and jumps within the page are text', () => {
    const html =
      `${story}<ul id="jumps"><li><a href="#fn1">Kim besucht Wostotschny</a></li>` +
      '<li><a name="schoigu">Schoigu in Pjöngjang</a></li><li><a href="">Lawrow in Peking</a></li></ul>' +
      '<ul id="cards"><li><h3><a href="#teil-2">Teil 2: Die Rückreise</a></h3></li></ul>';
    const { furniture } = findFurniture(html);
    expect(furniture.size).toBe(0);
  });

  test('a live blog whose entries link their headings to themselves keeps its entries', () => {
    const page = 'https://www.example-news.de/live/gipfel';
    const entries = [1, 2, 3, 4, 5, 6]
      .map(
        (n) =>
          `<article id="entry-${n}"><h3><a href="${page}#post-${n}">${n}. Eintrag: Kim in Wladiwostok</a></h3>` +
          `<p>Eintrag ${n}: Der Zug hielt am Bahnhof, und die Delegation stieg aus.</p></article>`,
      )
      .join('');
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html><head><base href="${page}"></head><body><div id="root">${entries}</div></body></html>`,
      'text/html',
    );
    // happy-dom gives a parsed document no address of its own: the test gives it the page's.
    Object.defineProperty(doc, 'URL', { value: page });
    const furniture = runToEnd(
      findFurnitureSteps(doc.getElementById('root')!, { isExcluded: () => false }),
    );
    expect([...furniture].map((element) => element.id)).toEqual([]);
  });

  test('leaves a paragraph full of links alone: only block containers are furniture', () => {
    const html =
      `${story}<p id="linked"><a href="/a">Putin</a> empfängt <a href="/b">Kim Jong Un</a> ` +
      'in <a href="/c">Wladiwostok</a></p>';
    const { furniture } = findFurniture(html);
    expect(furniture.size).toBe(0);
  });

  test('takes a box whose text starts with a furniture label for furniture, however deep the heading', () => {
    const html =
      `${story}<section id="box"><div><div><h2>Mehr zum Thema</h2></div></div>` +
      `<div class="teaser"><h3>Schoigu in Pjöngjang</h3><p>${prose}</p></div></section>`;
    expect(isFurniture(html, 'box')).toBe(true);
  });

  test('does not take a long labelled box that is not mostly links', () => {
    const longText = proseOf(MAX_LABELLED_BOX_CHARS + 100);
    const html = `${story.repeat(6)}<section id="box"><h2>Themen</h2><p>${longText}</p></section>`;
    expect(isFurniture(html, 'box')).toBe(false);
  });

  test('takes a long labelled box that is a quarter links or more', () => {
    const longText = proseOf(MAX_LABELLED_BOX_CHARS);
    const links = `<a href="/a">${proseOf(MAX_LABELLED_BOX_CHARS / 2)}</a>`;
    const html = `${story.repeat(8)}<section id="box"><h2>Themen</h2><p>${longText}</p>${links}</section>`;
    expect(isFurniture(html, 'box')).toBe(true);
  });

  test('takes a short card whose heading is, or holds, a link for a teaser', () => {
    const summary = `<p>${prose}</p>`;
    expect(
      isFurniture(
        `${story}<article id="card"><h3><a href="/a">Kim in Russland</a></h3>${summary}</article>`,
        'card',
      ),
    ).toBe(true);
    expect(
      isFurniture(
        `${story}<li id="card"><a href="/a"><h3>Kim in Russland</h3></a>${summary}</li>`,
        'card',
      ),
    ).toBe(true);
  });

  test('does not take a longer card for a teaser', () => {
    const html =
      `${story.repeat(4)}<article id="card"><h3><a href="/a">Kim in Russland</a></h3>` +
      `<p>${proseOf(MAX_CARD_CHARS)}</p></article>`;
    expect(isFurniture(html, 'card')).toBe(false);
  });

  test('keeps a live-blog entry: a permalink on its time, but a heading that links nowhere', () => {
    const html =
      `${story}<article id="entry"><a href="#entry"><time>12.31 Uhr</time></a>` +
      `<h3>Kim trifft Putin</h3><p>${prose}</p></article>`;
    expect(isFurniture(html, 'entry')).toBe(false);
  });

  test('never takes the part that holds most of the text, whatever its shape', () => {
    const links = Array.from({ length: 8 }, () => `<a href="/a">${prose}</a>`).join('');
    const html = `<p>${prose}</p><div id="most">${links}<p>${prose}</p></div>`;
    expect(isFurniture(html, 'most')).toBe(false);
  });

  test('never takes what holds the headline', () => {
    const html =
      `${story}<header id="head"><h1 id="headline">Kim bei Putin</h1>` +
      '<a href="/politik">Politik</a> <a href="/ausland">Ausland</a> <a href="/asien">Asien</a></header>';
    const { doc, root } = parseRoot(html);
    const headline = doc.getElementById('headline')!;
    const withHeadline = runToEnd(findFurnitureSteps(root, { isExcluded: () => false, headline }));
    expect(withHeadline.has(doc.getElementById('head')!)).toBe(false);
    const without = runToEnd(findFurnitureSteps(root, { isExcluded: () => false }));
    expect(without.has(doc.getElementById('head')!)).toBe(true);
  });

  test('never takes the root, and neither walks nor counts the parts already left out', () => {
    // Without the excluded text the list holds most of what is left, so it is no furniture.
    const html =
      `<div id="nav">${proseOf(5_000)}</div><p>${prose}</p>` +
      `<ul id="links"><li><a href="/a">${prose}</a></li><li><a href="/b">${prose}</a></li></ul>`;
    const { doc, root } = parseRoot(html);
    const nav = doc.getElementById('nav')!;
    const furniture = runToEnd(
      findFurnitureSteps(root, { isExcluded: (element) => element === nav }),
    );
    expect(furniture.has(root)).toBe(false);
    expect(furniture.has(nav)).toBe(false);
    expect(furniture.has(doc.getElementById('links')!)).toBe(false);
  });

  test('survives nesting 2,000 deep, and pauses on the way', () => {
    const { doc, root } = parseRoot('');
    let parent: Element = root;
    for (let depth = 0; depth < 2_000; depth++) {
      const child = doc.createElement('div');
      const paragraph = doc.createElement('p');
      paragraph.append(prose);
      child.append(paragraph);
      parent.append(child);
      parent = child;
    }
    const list = doc.createElement('ul');
    for (let item = 0; item < 3; item++) {
      const link = doc.createElement('a');
      link.href = `/${item}`;
      link.append('Kim besucht Putin');
      list.append(link);
    }
    parent.append(list);
    const { value: furniture, pauses } = countPauses(
      findFurnitureSteps(root, { isExcluded: () => false }),
    );
    expect(furniture.has(list)).toBe(true);
    expect(furniture.has(root.firstElementChild!)).toBe(false);
    expect(pauses).toBeGreaterThan(1);
  });

  test('survives a page of 100,000 elements, and pauses on the way', () => {
    const { doc, root } = parseRoot('');
    const lists: Element[] = [];
    for (let block = 0; block < 20_000; block++) {
      // Five elements a block: the block, its paragraph, and a list of one link.
      const section = doc.createElement('section');
      const paragraph = doc.createElement('p');
      paragraph.append('Putin und Kim Jong Un');
      const list = doc.createElement('ul');
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.setAttribute('href', `/kim/${block}`);
      link.append('Kim');
      item.append(link);
      list.append(item);
      section.append(paragraph, list);
      root.append(section);
      lists.push(list);
    }
    const { value: furniture, pauses } = countPauses(
      findFurnitureSteps(root, { isExcluded: () => false }),
    );
    expect(furniture.has(lists[0]!)).toBe(true);
    expect(furniture.has(lists[19_999]!)).toBe(true);
    expect(furniture.has(root.firstElementChild!)).toBe(false);
    expect(pauses).toBeGreaterThan(1);
    // Building the page takes happy-dom a few seconds on a busy machine.
  }, 20_000);
});

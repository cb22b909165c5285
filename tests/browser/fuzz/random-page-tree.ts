/**
 * Random news pages for the page invariance fuzz, as plain data: a tree of elements, text nodes
 * and comments that a page builds with DOM calls (so adjacent and empty text nodes stay as they
 * are, which HTML parsing would merge or drop), with the names of the bundled pack planted in it.
 *
 * Names stand in allowed places (the article's paragraphs, headings, list items, table cells, an
 * open shadow root, inline markup of every kind, split across text nodes, comments and inline
 * elements at any character, even inside a surrogate pair) and in excluded places (code, form
 * controls, editable regions, scripts and styles, SVG and MathML, navigation, sidebars, comment
 * sections, hidden parts, attributes, comments, and everything outside the article). Text around
 * them mixes NBSP, soft hyphens, zero-width joiners, right-to-left text and marks, letters beyond
 * the BMP, emoji and combining marks.
 *
 * The filler words name no one the pack knows, and a name always has a word boundary at either
 * end, so the mentions a page yields are exactly the names planted in allowed places.
 */
import { createSeededRandom, type SeededRandom } from './seeded-random';

export interface ElementSpec {
  kind: 'element';
  tag: string;
  namespace?: 'svg' | 'math';
  attributes: [string, string][];
  /** Form state set by script, which no attribute shows ("dirty" values). */
  properties?: { value?: string; checked?: boolean; selected?: boolean };
  /** Children of an open shadow root attached to the element. */
  shadow?: NodeSpec[];
  children: NodeSpec[];
}

export type NodeSpec =
  ElementSpec | { kind: 'text'; data: string } | { kind: 'comment'; data: string };

/** A name as planted: the entity it names and its exact characters. */
export interface PlantedName {
  entityId: string;
  text: string;
}

export interface RandomPage {
  seed: number;
  /** The children of `<body>`. */
  body: NodeSpec[];
  /** Names in allowed places, each of which must be found (and nothing else). */
  allowed: PlantedName[];
  /** How many names stand in excluded places. */
  excludedCount: number;
  /** Whether the run also starts keyboard navigation, which adds Kontext's UI host. */
  startsNavigation: boolean;
}

/**
 * Names of the bundled pack (assets/knowledge/kim-putin-2023.json) that point to one entity
 * wherever they stand: full names and short forms the pack lets stand alone, no epithets.
 */
const NAMES: readonly (readonly [string, string])[] = [
  ['vladimir-putin', 'Wladimir Putin'],
  ['vladimir-putin', 'Vladimir Putin'],
  ['vladimir-putin', 'Wladimir Wladimirowitsch Putin'],
  ['kim-jong-un', 'Kim Jong Un'],
  ['kim-jong-un', 'Kim Jong-un'],
  ['sergei-shoigu', 'Sergej Schoigu'],
  ['sergei-shoigu', 'Sergei Shoigu'],
  ['dmitry-peskov', 'Dmitri Peskow'],
  ['dmitry-peskov', 'Dmitry Peskov'],
  ['matthew-miller', 'Matthew Miller'],
  ['kim-young-ho', 'Kim Young-ho'],
  ['kcna', 'KCNA'],
  ['kcna', 'Korean Central News Agency'],
  ['reuters', 'Reuters'],
  ['kremlin', 'Kreml'],
  ['kremlin', 'Moskauer Kreml'],
  ['un-security-council', 'UN-Sicherheitsrat'],
  ['un-security-council', 'Weltsicherheitsrat'],
  ['north-korea', 'Nordkorea'],
  ['north-korea', 'Demokratische Volksrepublik Korea'],
  ['russia', 'Russland'],
  ['russia', 'Russische Föderation'],
  ['south-korea', 'Südkorea'],
  ['south-korea', 'Republik Korea'],
  ['ukraine', 'Ukraine'],
  ['vostochny-cosmodrome', 'Kosmodrom Wostotschny'],
  ['usa', 'Vereinigte Staaten'],
];

/** Words that name no one: German and English, right-to-left scripts, CJK, astral letters. */
const FILLER_WORDS: readonly string[] = [
  'und',
  'der',
  'die',
  'sagte',
  'heute',
  'am',
  'Dienstag',
  'nach',
  'Angaben',
  'laut',
  'Bericht',
  'Treffen',
  'während',
  'über',
  'Straße',
  'Grüße',
  'the',
  'talks',
  'said',
  'on',
  'Tuesday',
  'weather',
  'naïve',
  'cafe\u0301', // café with a combining acute accent
  'Zu\u0308rich', // Zürich decomposed
  'Donau\u00addampf\u00adschiff', // soft hyphens inside a word
  'Fahr\u200crad', // zero-width non-joiner inside a word
  'שלום', // Hebrew
  'مرحبا', // Arabic
  'Ελλάδα', // Greek
  '東京', // Japanese
  '𠀋𠂢', // CJK beyond the BMP: surrogate pairs
  '𝒜𝓁𝓅𝒽𝒶', // mathematical letters: surrogate pairs
  '2023',
  '42,5',
];

/** What may stand between two words: spaces of every kind, punctuation, invisible marks, emoji. */
const SEPARATORS: readonly string[] = [
  ' ',
  ' ',
  ' ',
  '\u00a0', // no-break space
  '\u202f', // narrow no-break space
  '\t',
  '\n',
  '  ',
  ', ',
  '. ',
  ': ',
  ' – ',
  ' (',
  ') ',
  ' „',
  '“ ',
  ' \u200f', // right-to-left mark
  '\u200e ', // left-to-right mark
  ' \u202e', // right-to-left override
  '\u202c ', // pop directional formatting
  ' \u2067', // right-to-left isolate
  '\u2069 ', // pop directional isolate
  ' 🙂 ',
  ' 👩\u200d👩\u200d👧 ', // an emoji sequence joined by zero-width joiners
  ' \u200b', // zero-width space
  '\u2028', // line separator
];

/** Invisible characters that may sit between two letters of a name without changing it. */
const IGNORABLES: readonly string[] = ['\u00ad', '\u200c', '\u200d', '\u2060', '\ufeff'];

/**
 * Inline elements that keep their text in the article: any name may run across them. Each with
 * the attributes it gets (names in attributes are never text).
 */
const INLINE_TAGS: readonly (readonly [string, ...[string, string][]])[] = [
  ['span'],
  ['b'],
  ['i'],
  ['em'],
  ['strong'],
  ['a', ['href', '#anchor']],
  ['a'],
  ['small'],
  ['mark'],
  ['u'],
  ['s'],
  ['del'],
  ['ins'],
  ['abbr', ['title', 'Wladimir Putin']],
  ['q'],
  ['cite'],
  ['time', ['datetime', '2023-09-14']],
  ['bdi'],
  ['bdo', ['dir', 'rtl']],
  ['sub'],
  ['sup'],
  ['font', ['color', 'red']],
  ['label'],
  ['data', ['value', 'Kim Jong Un']],
  ['dfn'],
  ['var'],
  ['span', ['lang', 'ar'], ['dir', 'rtl']],
  ['span', ['class', 'lead story-text']],
  ['span', ['contenteditable', 'false']],
  ['span', ['aria-hidden', 'false']],
  ['span', ['title', 'Kim Jong Un'], ['data-person', 'Sergej Schoigu']],
  ['ruby'],
];

/** Blocks of the article that hold text. */
const LEAF_BLOCKS: readonly string[] = [
  'p',
  'p',
  'p',
  'div',
  'h2',
  'h3',
  'blockquote',
  'figcaption',
  'summary',
];

/** Elements that hold text Kontext never reads, with the attributes that make them so. */
const EXCLUDED_HOLDERS: readonly (readonly [string, ...[string, string][]])[] = [
  ['script', ['type', 'text/plain']],
  ['style'],
  ['noscript'],
  ['template'],
  ['textarea'],
  ['button'],
  ['code'],
  ['pre'],
  ['kbd'],
  ['samp'],
  ['xmp'],
  ['object'],
  ['canvas'],
  ['video'],
  ['audio'],
  ['nav'],
  ['aside'],
  ['form'],
  ['dialog'],
  ['span', ['contenteditable', '']],
  ['div', ['contenteditable', 'true']],
  ['span', ['contenteditable', 'PLAINTEXT-ONLY']],
  ['span', ['hidden', '']],
  ['div', ['hidden', 'until-found']],
  ['span', ['aria-hidden', 'true']],
  ['div', ['role', 'navigation']],
  ['div', ['role', 'complementary']],
  ['div', ['role', 'toolbar']],
  ['span', ['role', 'dialog']],
  ['div', ['class', 'comments']],
  ['div', ['class', 'cookie-banner']],
  ['div', ['id', 'relatedArticles']],
  ['div', ['class', 'newsletter-box']],
  ['span', ['class', 'share']],
  ['div', ['class', 'ad']],
  ['div', ['itemprop', 'comment']],
];

export const PAGE_TREE_LIMITS = {
  /** Blocks directly in the article, besides its headline. */
  maxBlocks: 5,
  /** How deep article blocks nest. */
  maxBlockDepth: 3,
  /** How deep inline markup nests inside one block. */
  maxInlineDepth: 4,
} as const;

interface Run {
  text: string;
  names: { entityId: string; start: number; end: number }[];
}

/** A name's letters changed in ways a page may write it: ignorables, decomposed umlauts, spaces. */
function disguiseName(random: SeededRandom, name: string): string {
  let text = name;
  if (random.chance(0.3)) text = text.normalize('NFD');
  if (random.chance(0.3)) {
    text = text.replace(/ /g, () => random.pick([' ', '\u00a0', '\u202f', '\n', '  ', '\t']));
  }
  // Typographic hyphens: the tokenizer reads U+2010 and U+2011 as the hyphen-minus they stand for.
  if (random.chance(0.2)) text = text.replace(/-/g, () => random.pick(['\u2010', '\u2011']));
  if (random.chance(0.4)) {
    // Between two letters of one word only: at either end it would belong to the next word.
    const positions: number[] = [];
    for (let index = 1; index < text.length; index += 1) {
      if (/\p{L}/u.test(text[index - 1]!) && /\p{L}/u.test(text[index]!)) positions.push(index);
    }
    if (positions.length > 0) {
      const at = random.pick(positions);
      text = text.slice(0, at) + random.pick(IGNORABLES) + text.slice(at);
    }
  }
  return text;
}

/** A run of words and names, with where each name stands in it. */
function makeRun(random: SeededRandom, nameChance: number): Run {
  let text = random.chance(0.2) ? random.pick(SEPARATORS) : '';
  const names: Run['names'] = [];
  const words = random.between(1, 12);
  // A filler word between any two names: names side by side are a matter of resolution rules.
  let lastWasName = false;
  for (let index = 0; index < words; index += 1) {
    if (index > 0) text += random.pick(SEPARATORS);
    if (!lastWasName && random.chance(nameChance)) {
      const [entityId, name] = random.pick(NAMES);
      const written = disguiseName(random, name);
      names.push({ entityId, start: text.length, end: text.length + written.length });
      text += written;
      lastWasName = true;
    } else {
      text += random.pick(FILLER_WORDS);
      lastWasName = false;
    }
  }
  if (random.chance(0.3)) text += random.pick(['.', '!', '?', ' ', '…']);
  return { text, names };
}

function element(tag: string, attributes: [string, string][], children: NodeSpec[]): ElementSpec {
  return { kind: 'element', tag, attributes, children };
}

function text(data: string): NodeSpec {
  return { kind: 'text', data };
}

/** Builds one page, and records the names it plants as it places them. */
class PageBuilder {
  readonly allowed: PlantedName[] = [];
  excludedCount = 0;

  constructor(private readonly random: SeededRandom) {}

  /** A run of text whose names are all in an excluded place. */
  private excludedRun(): string {
    const run = makeRun(this.random, 0.5);
    this.excludedCount += run.names.length;
    return run.text;
  }

  /** A subtree that holds names Kontext must not read. */
  excludedSubtree(depth = 0): NodeSpec {
    const random = this.random;
    const choice = random.int(8);
    if (choice === 0) {
      // An input: the value attribute, and a value typed later that no attribute shows.
      const input = element('input', [['value', this.excludedRun()]], []);
      if (random.chance(0.5)) input.properties = { value: this.excludedRun() };
      return input;
    }
    if (choice === 1) {
      const options = [0, 1].map(() => element('option', [], [text(this.excludedRun())]));
      options[1]!.properties = { selected: random.chance(0.5) };
      return element(random.pick(['select', 'datalist']), [], options);
    }
    if (choice === 2) {
      const namespace = random.pick(['svg', 'math'] as const);
      const inner = namespace === 'svg' ? 'text' : 'mi';
      return {
        kind: 'element',
        tag: namespace,
        namespace,
        attributes: [],
        children: [
          {
            kind: 'element',
            tag: inner,
            namespace,
            attributes: [],
            children: [text(this.excludedRun())],
          },
        ],
      };
    }
    if (choice === 3) {
      // An editable region with a non-editable island: both stay the reader's.
      return element(
        'div',
        [['contenteditable', '']],
        [element('span', [['contenteditable', 'false']], [text(this.excludedRun())])],
      );
    }
    if (choice === 4) {
      // A box labelled as related articles by its heading.
      return element(
        'div',
        [],
        [
          element('h2', [], [text(random.pick(['Mehr zum Thema', 'Related', 'Kommentare (12)']))]),
          element('p', [], [text(this.excludedRun())]),
        ],
      );
    }
    const [tag, ...attributes] = random.pick(EXCLUDED_HOLDERS);
    const holder = element(tag, [...attributes], []);
    if (tag === 'textarea' && random.chance(0.5)) holder.properties = { value: this.excludedRun() };
    const inner = depth < 1 && random.chance(0.3) ? this.excludedSubtree(depth + 1) : undefined;
    const content = this.excludedRun();
    holder.children =
      tag === 'style' ? [text(`/* ${content} */ .x { color: red }`)] : [text(content)];
    if (inner && tag !== 'style' && tag !== 'script' && tag !== 'textarea')
      holder.children.push(inner);
    return holder;
  }

  /** Something that adds no text where it stands: a comment, an empty node, an excluded part. */
  private inertNode(): NodeSpec {
    const random = this.random;
    switch (random.int(6)) {
      case 0:
        return text('');
      case 1: {
        const hasName = random.chance(0.5);
        if (hasName) this.excludedCount += 1;
        return { kind: 'comment', data: hasName ? ' Kim Jong Un ' : '' };
      }
      case 2:
        return element(random.pick(['b', 'span', 'em']), [], []);
      case 3:
        return element('wbr', [], []);
      case 4:
        // Ruby text is a reading aid, never read: it would split the name it annotates.
        return element('rt', [], [text('pu-tin')]);
      default:
        return this.excludedSubtree();
    }
  }

  /**
   * `run` split into text nodes at random characters (a surrogate pair may be split too), with
   * inert nodes between the pieces, grouped into nested inline elements. Block boundaries
   * (`<br>`) go only where no name is cut.
   */
  private inlineContent(run: Run): NodeSpec[] {
    const random = this.random;
    const cuts = new Set<number>();
    const pieces = random.between(0, Math.min(8, run.text.length));
    for (let index = 0; index < pieces; index += 1) cuts.add(random.between(1, run.text.length));
    const sorted = [...cuts].sort((a, b) => a - b);
    const isInName = (at: number) => run.names.some(({ start, end }) => at > start && at < end);

    const atoms: NodeSpec[] = [];
    let from = 0;
    for (const cut of [...sorted, run.text.length]) {
      atoms.push(text(run.text.slice(from, cut)));
      if (cut < run.text.length) {
        if (random.chance(0.15) && !isInName(cut)) atoms.push(element('br', [], []));
        else if (random.chance(0.5)) atoms.push(this.inertNode());
        // else: two text nodes side by side.
      }
      from = cut;
    }
    return this.groupInline(atoms, 0);
  }

  /** Wraps random stretches of `atoms` in inline elements, nested up to the depth limit. */
  private groupInline(atoms: NodeSpec[], depth: number): NodeSpec[] {
    const random = this.random;
    if (depth >= PAGE_TREE_LIMITS.maxInlineDepth || atoms.length < 2) return atoms;
    const grouped: NodeSpec[] = [];
    let index = 0;
    while (index < atoms.length) {
      const length = random.between(1, atoms.length - index);
      const stretch = atoms.slice(index, index + length);
      if (random.chance(0.4)) {
        const [tag, ...attributes] = random.pick(INLINE_TAGS);
        const children = this.groupInline(stretch, depth + 1);
        if (tag === 'ruby') children.push(element('rt', [], [text('rūbi')]));
        grouped.push(element(tag, [...attributes], children));
      } else {
        grouped.push(...stretch);
      }
      index += length;
    }
    return grouped;
  }

  /** A block with text in an allowed place. */
  private leafBlock(tag: string): ElementSpec {
    const run = makeRun(this.random, 0.35);
    for (const { entityId, start, end } of run.names) {
      this.allowed.push({ entityId, text: run.text.slice(start, end) });
    }
    return element(tag, [], this.inlineContent(run));
  }

  /** A block of the article: text, or blocks in a container, with excluded parts among them. */
  block(depth: number): NodeSpec {
    const random = this.random;
    if (depth < PAGE_TREE_LIMITS.maxBlockDepth && random.chance(0.35)) {
      const kind = random.int(7);
      if (kind === 0)
        return element(
          'ul',
          [],
          this.blocks(depth, () => this.leafBlock('li')),
        );
      if (kind === 1) {
        const rows = this.blocks(depth, () => element('tr', [], [this.leafBlock('td')]));
        return element('table', [], [element('tbody', [], rows)]);
      }
      if (kind === 2) {
        return element('dl', [], [this.leafBlock('dt'), this.leafBlock('dd')]);
      }
      if (kind === 3) {
        // An open shadow root: its text is rendered, so it is read.
        const host = element('div', [], []);
        host.shadow = [this.leafBlock('p')];
        return host;
      }
      const tag = random.pick(['div', 'section', 'figure', 'details']);
      return element(
        tag,
        [],
        this.blocks(depth + 1, () => this.block(depth + 1)),
      );
    }
    return this.leafBlock(random.pick(LEAF_BLOCKS));
  }

  /** One to three blocks made by `make`, with excluded parts and empty nodes between them. */
  private blocks(depth: number, make: () => NodeSpec): NodeSpec[] {
    const random = this.random;
    const children: NodeSpec[] = [];
    const count = random.between(1, depth === 0 ? PAGE_TREE_LIMITS.maxBlocks : 3);
    for (let index = 0; index < count; index += 1) {
      if (random.chance(0.3)) children.push(this.excludedSubtree());
      if (random.chance(0.2)) children.push(text(random.pick(['', '\n  ', ' '])));
      children.push(make());
    }
    return children;
  }

  /** The article: its headline, then blocks. */
  article(): ElementSpec {
    const children: NodeSpec[] = [this.leafBlock('h1'), ...this.blocks(0, () => this.block(0))];
    return element('article', [], children);
  }
}

/** The page of `seed`. */
export function generatePageTree(seed: number): RandomPage {
  const random = createSeededRandom(seed);
  const builder = new PageBuilder(random);
  const body: NodeSpec[] = [];
  // The site around the article: its names are outside the article region.
  const outside = (tag: string, attributes: [string, string][] = []) =>
    element(tag, attributes, [element('p', [], [builder.excludedSubtree(), text(' ')]), text('')]);
  if (random.chance(0.5)) body.push(outside('header'));
  if (random.chance(0.3)) body.push(outside('nav'));
  if (random.chance(0.2)) body.push({ kind: 'comment', data: 'Kim Jong Un' });
  body.push(builder.article());
  if (random.chance(0.4)) {
    // A teaser of another article, in a sidebar.
    body.push(element('aside', [], [element('article', [], [builder.excludedSubtree()])]));
  }
  if (random.chance(0.4)) {
    // Text outside the article, in no excluded element: outside the region all the same.
    const run = makeRun(random, 0.5);
    builder.excludedCount += run.names.length;
    body.push(element('div', [], [element('p', [], [text(run.text)])]));
  }
  if (random.chance(0.5)) body.push(outside('footer'));
  return {
    seed,
    body,
    allowed: builder.allowed,
    excludedCount: builder.excludedCount,
    startsNavigation: random.chance(0.1),
  };
}

/** `value` as a quoted string with everything beyond printable ASCII escaped (`\u00ad`). */
export function escapeText(value: string): string {
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The page as indented lines, one per node, text nodes and comments as escaped strings: enough
 * to rebuild a failing page by hand.
 */
export function describePageTree(nodes: readonly NodeSpec[], indent = ''): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return `${indent}#text ${escapeText(node.data)}`;
      if (node.kind === 'comment') return `${indent}#comment ${escapeText(node.data)}`;
      const attributes = node.attributes.map(([name, value]) => ` ${name}=${escapeText(value)}`);
      const properties = Object.entries(node.properties ?? {})
        .map(
          ([name, value]) => ` .${name}=${typeof value === 'string' ? escapeText(value) : value}`,
        )
        .join('');
      const namespace = node.namespace ? ` (${node.namespace})` : '';
      const lines = [`${indent}<${node.tag}${namespace}${attributes.join('')}>${properties}`];
      if (node.shadow) {
        lines.push(
          `${indent}  #shadow-root (open)`,
          describePageTree(node.shadow, `${indent}    `),
        );
      }
      if (node.children.length > 0) lines.push(describePageTree(node.children, `${indent}  `));
      return lines.join('\n');
    })
    .join('\n');
}

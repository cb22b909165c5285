/**
 * Parsing a saved page with happy-dom, around the bugs of its parser that lose real articles.
 * happy-dom 21 finds tags with regular expressions rather than the HTML standard's tokenizer, and
 * on news pages that goes wrong in three ways, each of which drops the rest of the document:
 *
 * - a `<` and a letter inside a script or style (`for(i=0;i<list.length;i++)`) is taken for a
 *   tag, and the element never ends (apnews.com: three quarters of the article);
 * - a `<style>` or `<script>` with a closing tag inside an inline `<svg>` swallows everything
 *   after it (capricorn86/happy-dom#2231; icon sprites on apnews.com and welt.de);
 * - a `<` before a digit or a space in text (`<3`) is taken for a tag (capricorn86/happy-dom#2156).
 *
 * So scripts and styles are parsed empty, with a mark, and get their text back after parsing (in
 * an SVG they are parsed as a `<g>`, which happy-dom gets right, and made what they were after);
 * a `<` that opens no tag is written as `&lt;`; and line breaks are normalized first, as the
 * standard's input stream does (happy-dom keeps a lone CR).
 * The tree is then the one the standard builds (checked against jsdom's parse5 on the saved
 * pages), with the same text in every node.
 */
import { randomUUID } from 'node:crypto';
import type { Window } from 'happy-dom';

/**
 * The attribute that marks a script or style whose text was taken out before parsing; a new
 * suffix per page, so that no page can write it itself.
 */
const RAW_TEXT_MARK = 'data-kontext-raw-text';

/**
 * In document order: a comment, a script or style with its text, or an `<svg>` start or end tag.
 * A start tag's attributes are everything up to its `>`.
 */
const TOKENS =
  /<!--[\s\S]*?-->|<(script|style)(?=[\s/>])([^>]*)>([\s\S]*?)<\/\1\s*>|<(\/?)svg(?=[\s/>])[^>]*>/gi;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** A `<` that opens no tag, comment, doctype or processing instruction: text, as the standard says. */
const LONE_LESS_THAN = /<(?![A-Za-z!/?])/g;

/** A script or style as the page has it: its tag's name and its text. */
interface RawText {
  name: string;
  text: string;
}

/** `html` made safe for happy-dom's parser, and the raw texts to put back, by mark. */
function shieldRawText(html: string, mark: string): { html: string; raw: RawText[] } {
  const source = html.replace(/\r\n?/g, '\n');
  const raw: RawText[] = [];
  let svgDepth = 0;
  let out = '';
  let last = 0;
  for (const match of source.matchAll(TOKENS)) {
    const [token, name, attributes = '', text = '', slash] = match;
    out += source.slice(last, match.index).replace(LONE_LESS_THAN, '&lt;');
    last = match.index + token.length;
    if (name === undefined) {
      // A comment, or an <svg> tag: kept as it is, counting how deep in SVG the scan is.
      if (slash === '/') svgDepth = Math.max(0, svgDepth - 1);
      else if (slash === '' && !token.endsWith('/>')) svgDepth += 1;
      out += token;
      continue;
    }
    // The mark goes where the start tag's attributes end, before a "/" that would self-close it.
    const tag = svgDepth > 0 ? 'g' : name;
    out += `<${tag}${attributes.replace(/\/\s*$/, '')} ${mark}="${raw.length}"></${tag}>`;
    raw.push({ name, text });
  }
  return { html: out + source.slice(last).replace(LONE_LESS_THAN, '&lt;'), raw };
}

/**
 * Parses `html` as a page into a new document of `window`, as the HTML standard would (see the
 * module's header for how happy-dom is helped there). Nothing of the page runs: that is up to
 * `window`'s settings.
 */
export function parseHtml(window: Window, html: string): Document {
  const mark = `${RAW_TEXT_MARK}-${randomUUID().slice(0, 8)}`;
  const { html: shielded, raw } = shieldRawText(html, mark);
  const doc = new window.DOMParser().parseFromString(shielded, 'text/html');
  for (const parsed of Array.from(doc.querySelectorAll(`[${mark}]`))) {
    const { name, text } = raw[Number(parsed.getAttribute(mark))]!;
    parsed.removeAttribute(mark);
    let element = parsed;
    if (parsed.localName !== name.toLowerCase()) {
      // A stand-in in an SVG: the element it stands for, in its namespace, with its attributes.
      element = doc.createElementNS(parsed.namespaceURI ?? SVG_NAMESPACE, name.toLowerCase());
      for (const { name: attribute, value } of Array.from(parsed.attributes)) {
        element.setAttribute(attribute, value ?? '');
      }
      parsed.replaceWith(element);
    }
    if (text) element.textContent = text;
  }
  // happy-dom's Document is a Document for every purpose of lib/; its types are its own.
  return doc as unknown as Document;
}

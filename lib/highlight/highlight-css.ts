/**
 * The highlight rules for the reader's colours. The content script's own stylesheet
 * (assets/public/kontext.css) draws the default colours; these rules, inserted later by
 * the background (`scripting.insertCSS`, which the page cannot see or change), come after it and
 * win. Each rule names only Kontext's highlights, never an element of the page.
 */
import type { EntityType } from '../knowledge/pack-types';
import { highlightName, markName } from './show-highlights';

/** The mark of a very large page: the background alone (see `MarkStyle`). */
const PLAIN = { uncertain: false, plain: true };

/** How much of the colour shows behind a name: the page's text stays readable, light or dark. */
const BACKGROUND_ALPHA = 0.3;

const HEX_COLOR = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/;

/**
 * The rules that draw each type in its colour, underlined and, for very large pages, plain (`#rrggbb`, as settings store them). A colour that
 * is not of that form has no rule, so that type keeps its default; nothing else reaches the CSS.
 */
export function highlightCss(colors: Readonly<Partial<Record<EntityType, string>>>): string {
  const rules: string[] = [];
  for (const [type, color] of Object.entries(colors)) {
    const channels = HEX_COLOR.exec(color ?? '');
    if (!channels || !/^[a-z]+$/.test(type)) continue;
    const [red, green, blue] = channels.slice(1).map((hex) => Number.parseInt(hex, 16));
    const background = `  background-color: rgb(${red} ${green} ${blue} / ${BACKGROUND_ALPHA});\n`;
    rules.push(
      `::highlight(${highlightName(type)}) {\n${background}  text-decoration: underline 2px ${color};\n}`,
      `::highlight(${highlightName(markName(type, PLAIN))}) {\n${background}}`,
    );
  }
  return rules.join('\n');
}

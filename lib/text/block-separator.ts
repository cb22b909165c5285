/**
 * The character that separates blocks (paragraphs, headings, list items, `<br>`) in a page's text
 * model: U+2029 PARAGRAPH SEPARATOR, which page text all but never contains. Names and sentences
 * never run across it, unlike across white space or a line break inside a paragraph's text.
 */
export const BLOCK_SEPARATOR = '\u2029';

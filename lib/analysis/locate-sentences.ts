/** A sentence of the page's text, by offsets into it. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * A function from offsets to the sentence around them. Sentences never run across blocks; within
 * a block, `Intl.Segmenter` splits them after the page's language. Each block is segmented once,
 * and only when a mention stands in it.
 */
export function createSentenceLocator(
  text: string,
  language: string,
): (offset: number) => SentenceSpan {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const blocks = new Map<number, SentenceSpan[]>();

  return (offset) => {
    const blockStart = text.lastIndexOf(BLOCK_SEPARATOR, offset - 1) + 1;
    let spans = blocks.get(blockStart);
    if (!spans) {
      const found = text.indexOf(BLOCK_SEPARATOR, offset);
      const blockEnd = found === -1 ? text.length : found;
      spans = [];
      // A line break inside a paragraph's text is white space, not the end of a sentence (ICU's
      // rules end a sentence there); the same length keeps the offsets.
      const block = text.slice(blockStart, blockEnd).replace(/[\n\r\f\v\u2028]/g, ' ');
      for (const segment of segmenter.segment(block)) {
        const start = blockStart + segment.index;
        const trimmed = segment.segment.trimEnd();
        // Leading white space of a block belongs to no sentence.
        const lead = trimmed.length - trimmed.trimStart().length;
        spans.push({ start: start + lead, end: start + trimmed.length });
      }
      blocks.set(blockStart, spans);
    }
    return (
      spans.find((span) => offset >= span.start && offset < span.end) ??
      spans.findLast((span) => span.start <= offset) ?? { start: blockStart, end: blockStart }
    );
  };
}
import { BLOCK_SEPARATOR } from '../text/block-separator';

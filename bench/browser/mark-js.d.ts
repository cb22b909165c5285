/**
 * The part of mark.js 8 (https://markjs.io) that the bench's baseline calls; the package ships no
 * types of its own.
 */
declare module 'mark.js' {
  interface MarkAccuracy {
    value: 'partially' | 'complementary' | 'exactly';
    limiters: string[];
  }

  interface MarkOptions {
    separateWordSearch?: boolean;
    diacritics?: boolean;
    caseSensitive?: boolean;
    accuracy?: MarkAccuracy['value'] | MarkAccuracy;
    /** Called once every keyword was searched for, with the number of marks made. */
    done?: (marks: number) => void;
  }

  export default class Mark {
    constructor(context: Element | Element[] | string);
    mark(keywords: string | readonly string[], options?: MarkOptions): this;
  }
}

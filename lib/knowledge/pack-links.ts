/**
 * Links in a knowledge pack. Kontext opens only https: links from a pack: anything else either
 * runs code on the reader's page (javascript:), leaks what they read (http:), or opens something
 * other than a web page (data:, file:).
 */

/**
 * The scheme of `value` ("https", "javascript") as a browser would read it, or undefined. Browsers
 * skip leading spaces and control characters and ignore tabs and line breaks anywhere in a link,
 * so "  java\tscript:" is a javascript: link too (WHATWG URL standard, "basic URL parser").
 */
export function getLinkScheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the URL parser skips exactly these characters.
  const cleaned = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Schemes that run code when a link is opened. */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript']);

/**
 * Whether `value` looks like a link rather than prose: a script link, "scheme://…", or a data:
 * link. "Kim: a profile" has a colon, but it is no link.
 */
export function isLinkLike(value: string): boolean {
  const scheme = getLinkScheme(value);
  if (scheme === undefined) return /^\s*\/\//.test(value);
  if (SCRIPT_SCHEMES.has(scheme)) return true;
  return /^\s*[a-z][a-z\d+.-]*:\/\//i.test(value) || /^\s*data:[\w.+-]+\/[\w.+-]+[;,]/i.test(value);
}

/**
 * What is wrong with `value` as a link, in words a curator understands, or undefined when it is a
 * well-formed https: link.
 */
export function findLinkProblem(value: string): string | undefined {
  const scheme = getLinkScheme(value);
  if (scheme !== undefined && SCRIPT_SCHEMES.has(scheme)) {
    return `is a ${scheme}: link, which would run code on the reader's page instead of opening one; links must start with https://`;
  }
  if (scheme === 'http') {
    return 'is an http: link, which is not encrypted; use the address that starts with https://';
  }
  if (scheme !== 'https') {
    return scheme === undefined
      ? 'is not a complete link; it must start with https://'
      : `is a ${scheme}: link; links must start with https://`;
  }
  if (!/^https:\/\/[^\s/?#]+\S*$/.test(value) || !URL.canParse(value)) {
    return 'is not a valid link: check it for spaces and typos (copy it from the browser’s address bar)';
  }
  return undefined;
}

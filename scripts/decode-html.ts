/**
 * The characters of a saved HTML page, decoded as a browser would decode the file: by its
 * byte-order mark, else by the charset its first `<meta>` tags declare, else as UTF-8.
 */

/** How far into the file a declared charset counts, as in HTML's prescan. */
const PRESCAN_BYTES = 1024;

/** An attribute of a tag: its name, and its value quoted either way or bare. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The charset in a Content-Type value (`text/html; charset=iso-8859-1`). */
const CONTENT_CHARSET = /charset\s*=\s*["']?\s*([^\s"';]+)/i;

function findByteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The encoding a label names, as TextDecoder knows it, or undefined for none it knows. */
function resolveLabel(label: string): string | undefined {
  try {
    const { encoding } = new TextDecoder(label);
    // A page that declares UTF-16 in ASCII bytes is not UTF-16 (HTML reads it as UTF-8).
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    // HTML maps x-user-defined to bytes as they are, close to windows-1252; Node lacks it.
    return label.trim().toLowerCase() === 'x-user-defined' ? 'windows-1252' : undefined;
  }
}

/** The attributes of a `<meta …>` tag's text, by lower-case name; the first of a name counts. */
function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of tag.slice('<meta'.length).matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** The encoding the page's first `<meta>` tags declare, outside comments. */
function findDeclaredEncoding(bytes: Uint8Array): string | undefined {
  // Latin-1 maps each byte to one character: ASCII markup reads as itself whatever the encoding.
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const [tag] of head.matchAll(/<meta[\s/][^>]*>?/gi)) {
    const attributes = readAttributes(tag);
    const isContentType = attributes.get('http-equiv')?.trim().toLowerCase() === 'content-type';
    const label =
      attributes.get('charset') ??
      (isContentType ? CONTENT_CHARSET.exec(attributes.get('content') ?? '')?.[1] : undefined);
    const encoding = label && resolveLabel(label);
    if (encoding) return encoding;
  }
  return undefined;
}

/**
 * Decodes a saved HTML page. Bytes that are not of the page's encoding become U+FFFD, as in a
 * browser; a declaration of an encoding TextDecoder does not know is passed over.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const encoding = findByteOrderMark(bytes) ?? findDeclaredEncoding(bytes) ?? 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * A file named on the command line, read as a page: HTML (`.html`, `.htm`) or plain text
 * (`.txt`), or the reason it cannot be one.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeHtml } from '../decode-html';

/**
 * The largest file read as a page: ten times the largest news page we know of (about 1 MB with
 * its markup), and small enough that thousands of files in one run never hold much memory.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** What a file is read as, by its name's extension (in any case). */
const FORMATS: Readonly<Record<string, PageFile['format']>> = {
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

/** A page's characters, and how to read them. */
export interface PageFile {
  format: 'html' | 'text';
  text: string;
}

export type PageFileRead = { ok: true; page: PageFile } | { ok: false; reason: string };

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why the file system would not give the file, in words. */
function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read: ${code ?? (error instanceof Error ? error.message : String(error))}`;
}

/** Plain text's characters: UTF-8 (a byte-order mark is dropped), with no NUL byte. */
function decodeText(bytes: Uint8Array): PageFileRead {
  if (bytes.includes(0)) return { ok: false, reason: 'is not text: it holds NUL bytes' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, page: { format: 'text', text } };
  } catch {
    return { ok: false, reason: 'is not text: it is not UTF-8' };
  }
}

/**
 * Reads `path` as a page. HTML is decoded as a browser would (`decodeHtml`); a text must be
 * UTF-8. Refused: a missing or unreadable file, a directory or other non-file, another extension,
 * a file over {@link MAX_FILE_BYTES} (asked before reading it), and one with NUL bytes (binary).
 */
export async function readPageFile(path: string): Promise<PageFileRead> {
  const format = FORMATS[extname(path).toLowerCase()];
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
  if (info.isDirectory()) return { ok: false, reason: 'is a directory' };
  if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
  if (!format) {
    return { ok: false, reason: 'is not an HTML or text file (.html, .htm or .txt)' };
  }
  if (info.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason: `is ${formatMegabytes(info.size)}; a page may be at most ${formatMegabytes(MAX_FILE_BYTES)}`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
  // Read, the file may have grown past the limit.
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, reason: `is over ${formatMegabytes(MAX_FILE_BYTES)}` };
  }
  if (format === 'text') return decodeText(bytes);
  const text = decodeHtml(bytes);
  if (text.includes('\0')) return { ok: false, reason: 'is not HTML: it holds NUL bytes' };
  return { ok: true, page: { format, text } };
}

/**
 * `npm run kontext -- annotate` (scripts/kontext.ts): the contract other tools rely on. Most of
 * it runs the command in this process (`runAnnotate`); a few tests start it as a process, for
 * its exit status and to show that a thousand files take one process start.
 */
import {
  ANNOTATED_MENTION_KEYS,
  compareAnalyzed,
  compareAnnotated,
} from '../lib/annotate/comparable-mentions';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeMentionsSteps, recognizeTextSteps } from '../../lib/analysis/analyze-text';
import { createRecognizer } from '../../lib/analysis/create-recognizer';
import { runToEnd } from '../../lib/async/run-sliced';
import { collectText } from '../../lib/dom/collect-text';
import type { DocumentAnnotation } from '../../lib/annotate/annotate-document';
import { compilePack } from '../../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../../lib/knowledge/pack-types';
import { importPack, installBundledPacks, toBundledPackParts } from '../../lib/packs/pack-store';
import { createKnowledgeLoader } from '../../lib/packs/page-knowledge';
import { loadImportedPagePacks } from '../../lib/packs/read-page-packs';
import { findArticleRegion } from '../../lib/page/find-article-region';
import { readPageMetadata } from '../../lib/page/read-page-metadata';
import { createMemoryStorage } from '../../scripts/kontext/create-memory-storage';
import { openPage } from '../../scripts/kontext/open-page';
import { MAX_FILE_BYTES, readPageFile } from '../../scripts/kontext/read-page-file';
import { runAnnotate } from '../../scripts/kontext/run-annotate';
import { WORLD_PACK_OUT } from '../../scripts/knowledge-world/paths';
import { BUNDLED_PACK, writeWorldPack } from '../lib/bundled-pack';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/annotate');
const SUMMIT = join(FIXTURES, 'summit-de.html');
const UNDATED = join(FIXTURES, 'undated-en.html');
const PARAGRAPHS = join(FIXTURES, 'paragraphs.txt');
const SAMPLE_PACK = join(ROOT, 'tests/fixtures/packs/sample-import.json');
const BROKEN_PACK = join(ROOT, 'tests/fixtures/packs/broken-import.json');
const TODAY = '2024-01-31';

/** A file's line of `--json` output. */
type AnnotatedFile = DocumentAnnotation & { file: string };

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in this process, on the day `TODAY`. */
async function annotate(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runAnnotate(
    argv,
    { out: (text) => (stdout += text), err: (text) => (stderr += text) },
    TODAY,
  );
  return { status, stdout, stderr };
}

function readLines(stdout: string): AnnotatedFile[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AnnotatedFile);
}

async function annotateJson(...argv: string[]): Promise<AnnotatedFile[]> {
  const run = await annotate('--json', ...argv);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return readLines(run.stdout);
}

/** Starts the command as `npm run kontext` does; the time is the whole process's. */
function spawnKontext(args: readonly string[]): Promise<Run & { ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(
      'npx',
      ['tsx', 'scripts/kontext.ts', ...args],
      { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = typeof error?.code === 'number' ? error.code : error ? -1 : 0;
        done({ status, stdout, stderr, ms: performance.now() - started });
      },
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kontext-annotate-'));
  // The command reads the world pack as a bundled pack, as a build leaves it.
  await writeWorldPack();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('kontext annotate --json', () => {
  test('prints one object per file and line, with every key of the contract', async () => {
    const [summit, undated, ...rest] = await annotateJson(SUMMIT, UNDATED);
    expect(rest).toEqual([]);
    expect(Object.keys(summit!)).toEqual(['file', 'language', 'date', 'region', 'mentions']);
    expect(summit).toMatchObject({ file: SUMMIT, language: 'de', date: '2023-09-13' });
    expect(undated!.file).toBe(UNDATED);
    expect(Object.keys(summit!.region)).toEqual(['source', 'text']);
    expect(summit!.region.source).toBe('article');
    for (const { region, mentions } of [summit!, undated!]) {
      expect(mentions.length).toBeGreaterThan(3);
      for (const mention of mentions) {
        expect(mention.text).toBe(region.text.slice(mention.start, mention.end));
        expect(Object.keys(mention)).toEqual([
          ...ANNOTATED_MENTION_KEYS,
          ...('wikidata' in mention ? ['wikidata'] : []),
        ]);
      }
    }
    // The navigation's "Wladimir Putin" is not the article's.
    expect(summit!.region.text).not.toContain('Alles über');
  });

  test("gives the entity's Wikidata item where its pack has one, and no key where not", async () => {
    const [{ mentions }] = (await annotateJson(SUMMIT)) as [AnnotatedFile];
    const first = (entity: string) => mentions.find((mention) => mention.entity === entity)!;
    expect(first('kim-jong-un')).toMatchObject({
      text: 'Kim Jong Un',
      pack: 'kim-putin-2023',
      type: 'person',
      kind: 'full',
      confidence: 1,
      wikidata: 'Q56226',
    });
    expect(first('north-korea')).toMatchObject({ type: 'state', wikidata: 'Q423' });
    expect(first('sergei-shoigu')).not.toHaveProperty('wikidata');
    expect(first('kcna')).toMatchObject({ type: 'organization', kind: 'short' });
    expect(first('vostochny-cosmodrome')).not.toHaveProperty('wikidata');
  });

  test('reads a .txt as all article: paragraphs split at blank lines, Windows line breaks too', async () => {
    const crlf = join(dir, 'paragraphs-crlf.txt');
    await writeFile(crlf, (await readFile(PARAGRAPHS, 'utf8')).replace(/\n/g, '\r\n'));
    const [text, crlfText] = await annotateJson(PARAGRAPHS, crlf);
    expect(text!.region).toEqual({
      source: 'text',
      text: [
        'Kim Jong Un ist in Russland angekommen.\nEr reiste im Sonderzug.',
        'Am Kosmodrom Wostotschny traf er Wladimir Putin.',
        'Die Agentur KCNA meldete das Treffen am Mittwoch.',
      ].join('\u2029'),
    });
    expect(text!.mentions.map((mention) => mention.entity)).toEqual([
      'kim-jong-un',
      'russia',
      'vostochny-cosmodrome',
      'vladimir-putin',
      'kcna',
    ]);
    expect(crlfText!.region).toEqual(text!.region);
  });

  test('--date and --lang count where the page says nothing, and are ignored where it does', async () => {
    const [summit, undated] = await annotateJson(
      '--date',
      '2023-09-14',
      '--lang',
      'de',
      SUMMIT,
      UNDATED,
    );
    expect(summit).toMatchObject({ language: 'de', date: '2023-09-13' });
    expect(undated).toMatchObject({ language: 'de', date: '2023-09-14' });
    const [english] = await annotateJson('--lang', 'en', UNDATED);
    expect(english).toMatchObject({ language: 'en', date: TODAY });
    // Read as English, "Glenn Miller" is someone else; a page that says nothing is matched as
    // the browser matches it.
    const millers = (file: AnnotatedFile) =>
      file.mentions.filter((mention) => mention.entity === 'matthew-miller').length;
    expect(millers(english!)).toBe(millers(undated!) - 1);
    const [unsaid] = await annotateJson(UNDATED);
    expect(unsaid).toMatchObject({ language: 'en', date: TODAY });
  });

  test("--url is the document's address, so its host is the page's; without it, the file's", async () => {
    const read = await readPageFile(SUMMIT);
    if (!read.ok) throw new Error(read.reason);
    const page = openPage(read.page, 'https://www.tagesschau.de/ausland/asien/kim-putin-100.html');
    expect(page.doc.location.hostname).toBe('www.tagesschau.de');
    expect(page.doc.URL).toBe('https://www.tagesschau.de/ausland/asien/kim-putin-100.html');
    page.close();
    const saved = openPage(read.page, pathToFileURL(SUMMIT).href);
    expect(saved.doc.location.protocol).toBe('file:');
    saved.close();
    const [atUrl] = await annotateJson('--url', 'https://www.tagesschau.de/x.html', SUMMIT);
    const [atFile] = await annotateJson(SUMMIT);
    expect({ ...atUrl, file: '' }).toEqual({ ...atFile, file: '' });
  });

  test('decodes a page in the charset it declares', async () => {
    const latin1 = join(dir, 'latin1.html');
    const html =
      '<html lang="de"><head><meta charset="iso-8859-1"></head><body><article>' +
      '<p>Südkoreas Regierung äußerte sich besorgt über das Treffen in Russland.</p>' +
      '</article></body></html>';
    await writeFile(latin1, Buffer.from(html, 'latin1'));
    const [page] = await annotateJson(latin1);
    expect(page!.region.text).toContain('Südkoreas Regierung äußerte');
    expect(page!.mentions.map((mention) => mention.entity)).toEqual(['south-korea', 'russia']);
  });

  test('parses as the standard says: the article stays past "<" in scripts, styles in SVG, "<3"', async () => {
    const [{ region }] = (await annotateJson(SUMMIT)) as [AnnotatedFile];
    expect(region.text).toMatch(/Kim\s+und Putin hatten sich zuletzt/);
    expect(region.text).toMatch(/Thermometer auf <3\s+Grad\./);
    const read = await readPageFile(SUMMIT);
    if (!read.ok) throw new Error(read.reason);
    const page = openPage(read.page, 'https://www.example.com/');
    // Scripts and styles keep their text (happy-dom's parser lost the rest of the page there).
    const inline = Array.from(page.doc.querySelectorAll('script:not([src])'));
    expect(inline.map((script) => script.textContent)).toEqual([
      expect.stringContaining('for(var i=0;i<items.length;i++){}'),
    ]);
    expect(page.doc.querySelector('svg style')?.textContent).toContain('fill: red');
    page.close();
  });
});

describe('kontext annotate --pack', () => {
  test('adds an imported pack after the bundled ones, exactly as the content script does', async () => {
    const [withPack] = await annotateJson('--pack', SAMPLE_PACK, SUMMIT);
    const [without] = await annotateJson(SUMMIT);
    // The sample pack knows Putin and Russia too: each name now stands for an entity of either
    // pack, and the bundled one, first, keeps it.
    const russia = (file: AnnotatedFile) => file.mentions.find((m) => m.entity === 'russia')!;
    expect(russia(without!)).toMatchObject({ pack: 'kim-putin-2023', confidence: 1 });
    expect(russia(withPack!).pack).toBe('kim-putin-2023');
    expect(russia(withPack!).confidence).toBeLessThan(1);

    // The content script's own path: the pack imported into storage by the options page's code,
    // and read by the page a part at a time, as its words ask for them.
    const area = createMemoryStorage();
    // The world pack first, stored in its parts as the background stores it.
    const world = JSON.parse(await readFile(WORLD_PACK_OUT, 'utf8')) as KnowledgePack;
    await installBundledPacks(area, [toBundledPackParts(world)]);
    const imported = await importPack(area, await readFile(SAMPLE_PACK), 'sample-import.json', [
      BUNDLED_PACK.id,
      world.id,
    ]);
    expect(imported.ok).toBe(true);
    const stored = await loadImportedPagePacks(area);
    const recognizer = createRecognizer(
      [compilePack(BUNDLED_PACK)],
      stored.map(({ id, head }) => ({ id, entityCount: head.entityCount })),
    );
    const read = await readPageFile(SUMMIT);
    if (!read.ok) throw new Error(read.reason);
    const page = openPage(read.page, 'https://www.example.com/');
    // annotatePage's steps, in its order: annotatePage itself draws, with the CSS Custom
    // Highlight API, which a DOM outside a browser lacks.
    const loader = createKnowledgeLoader(area, recognizer, stored);
    const slicing = { maxSliceMs: 8, now: () => performance.now(), pause: async () => {} };
    const region = findArticleRegion(page.doc);
    const metadata = readPageMetadata(page.doc, region);
    const { text } = collectText(region.root, region);
    page.close();
    const context = { metadata, language: 'de' as const, today: TODAY };
    await loader.beforeRecognition(text, slicing);
    const resolved = runToEnd(recognizeTextSteps(text, recognizer, context));
    const entities = resolved.flatMap((mention) => [
      mention.entity,
      ...(mention.alternatives ?? []),
    ]);
    await loader.loadEntities(entities, slicing);
    const analysis = runToEnd(describeMentionsSteps(text, recognizer, resolved, context));
    const annotation = { collected: { text }, analysis };
    expect(withPack!.region.text).toBe(annotation.collected.text);
    expect(compareAnnotated(withPack!.mentions)).toEqual(
      compareAnalyzed(annotation.analysis.mentions),
    );
  });

  test("a pack's own entities are found with its id, and one imported again replaces it", async () => {
    const pack = JSON.parse(await readFile(SAMPLE_PACK, 'utf8')) as typeof BUNDLED_PACK;
    // The sample pack under another id, its entities named otherwise: nothing else knows them.
    const own = { ...pack, id: 'own-pack' };
    own.entities = own.entities.map((entity) => {
      const name = entity.names.de.split(' ').at(-1)!;
      return {
        ...entity,
        aliases: {
          de: [{ text: `Beispiel-${name}`, kind: 'full' as const }],
          en: [{ text: `Example-${name}`, kind: 'full' as const }],
        },
      };
    });
    const file = join(dir, 'own-pack.json');
    await writeFile(file, JSON.stringify(own));
    const text = join(dir, 'own.txt');
    await writeFile(text, 'Beispiel-Putin traf Beispiel-Russland, meldete KCNA.');
    const [page] = await annotateJson('--pack', SAMPLE_PACK, '--pack', file, '--pack', file, text);
    expect(
      page!.mentions.map(({ text, entity, pack, wikidata }) => [text, entity, pack, wikidata]),
    ).toEqual([
      // The own pack's Putin is the bundled pack's (one Wikidata item): one entity, named by
      // the pack first in order.
      ['Beispiel-Putin', 'vladimir-putin', 'kim-putin-2023', 'Q7747'],
      ['Beispiel-Russland', 'russia', 'own-pack', undefined],
      ['KCNA', 'kcna', 'kim-putin-2023', undefined],
    ]);
  });

  test('a bad pack stops the run before any page is read: each problem with its JSON path, exit 2', async () => {
    const run = await annotate('--json', '--pack', BROKEN_PACK, SUMMIT, join(dir, 'missing.html'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines)
      expect(line).toMatch(/^kontext annotate: .*broken-import\.json: \$\S* — ./);
    expect(run.stderr).toContain(`${BROKEN_PACK}: $.entities[0].type — is "animal"`);
    // No page was read, so the missing one is not named.
    expect(run.stderr).not.toContain('missing.html');
  });

  test("a pack that is no file, or takes a bundled pack's id, is refused as the options page refuses it", async () => {
    const bundledCopy = join(dir, 'kim-putin-2023.json');
    await writeFile(bundledCopy, JSON.stringify(BUNDLED_PACK));
    const run = await annotate(
      '--pack',
      join(dir, 'no-pack.json'),
      '--pack',
      dir,
      '--pack',
      bundledCopy,
      SUMMIT,
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `kontext annotate: ${join(dir, 'no-pack.json')}: $ — there is no such file`,
      `kontext annotate: ${dir}: $ — is a folder, not a pack file`,
      expect.stringMatching(
        new RegExp(
          `^kontext annotate: ${bundledCopy.replace(/[.\\/]/g, '\\$&')}: \\$\\.id — is "kim-putin-2023", the id of a pack that comes with Kontext`,
        ),
      ),
    ]);
  });
});

describe('kontext annotate, files it cannot read', () => {
  test('names each on stderr with the reason, annotates the others, and exits 1', async () => {
    const missing = join(dir, 'missing.html');
    const folder = join(dir, 'folder.html');
    await mkdir(folder, { recursive: true });
    const pdf = join(dir, 'paper.pdf');
    await writeFile(pdf, '%PDF-1.7\n');
    const binary = join(dir, 'binary.txt');
    await writeFile(binary, Buffer.from([0x4b, 0x69, 0x6d, 0x00, 0x01, 0x02]));
    const latin1 = join(dir, 'latin1.txt');
    await writeFile(latin1, Buffer.from('Südkorea', 'latin1'));
    const huge = join(dir, 'huge.html');
    await writeFile(huge, '');
    // Sparse: the size is asked before anything is read.
    await truncate(huge, MAX_FILE_BYTES + 1);

    const run = await annotate(
      '--json',
      missing,
      SUMMIT,
      folder,
      pdf,
      binary,
      latin1,
      huge,
      PARAGRAPHS,
    );
    expect(run.status).toBe(1);
    expect(readLines(run.stdout).map((file) => file.file)).toEqual([SUMMIT, PARAGRAPHS]);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `kontext annotate: ${missing}: no such file`,
      `kontext annotate: ${folder}: is a directory`,
      `kontext annotate: ${pdf}: is not an HTML or text file (.html, .htm or .txt)`,
      `kontext annotate: ${binary}: is not text: it holds NUL bytes`,
      `kontext annotate: ${latin1}: is not text: it is not UTF-8`,
      `kontext annotate: ${huge}: is 10.0 MB; a page may be at most 10.0 MB`,
    ]);
  });
});

describe('kontext annotate, bad options', () => {
  test.each([
    [['--bogus', SUMMIT], "Unknown option '--bogus'"],
    [['--date', '2023-02-30', SUMMIT], '--date 2023-02-30: not a date of the form YYYY-MM-DD'],
    [['--date', '14.09.2023', SUMMIT], '--date 14.09.2023: not a date'],
    [['--date'], "Option '--date <value>' argument missing"],
    [['--lang', 'fr', SUMMIT], '--lang fr: Kontext reads de or en'],
    [['--url', 'www.tagesschau.de', SUMMIT], '--url www.tagesschau.de: not an address'],
    [['--url', 'ftp://example.com/', SUMMIT], 'not an http or https address'],
    [['--json'], 'no FILE to annotate'],
  ])('%j: the reason and the usage on stderr, exit 2', async (argv, reason) => {
    const run = await annotate(...argv);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^kontext annotate: /);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain('Usage: npm run -s kontext -- annotate [options] FILE...');
  });
});

describe('kontext annotate, the table', () => {
  test('without --json: per file its name, region, language and date, then aligned rows', async () => {
    const run = await annotate(SUMMIT, PARAGRAPHS);
    expect(run.status).toBe(0);
    const [summit, text] = run.stdout.trimEnd().split('\n\n');
    const lines = summit!.split('\n');
    expect(lines[0]).toBe(SUMMIT);
    expect(lines[1]).toMatch(
      /^region article, \d+ characters; language de; date 2023-09-13; \d+ mentions$/,
    );
    const header = lines[2]!;
    expect(header.split(/\s+/)).toEqual(['offset', 'text', 'entity', 'type', 'kind', 'confidence']);
    const rows = lines.slice(3);
    expect(rows.length).toBeGreaterThan(5);
    // Each column starts where its header does.
    const entityAt = header.indexOf('entity');
    const typeAt = header.indexOf('type');
    for (const row of rows) {
      expect(row.slice(entityAt - 2, entityAt)).toBe('  ');
      expect(row.slice(typeAt - 2, typeAt)).toBe('  ');
      expect(row.length).toBe(header.length);
    }
    expect(rows[0]).toMatch(/^ +0 {2}Kim Jong Un +kim-jong-un +person +full +1\.00$/);
    expect(text!.split('\n')[1]).toMatch(
      /^region text, \d+ characters; language en; date 2024-01-31; 5 mentions$/,
    );
  });
});

describe('kontext annotate, no request leaves the process', () => {
  test('a page full of scripts, styles, frames, images and preloads asks a server nothing', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = join(dir, 'loader.html');
    await writeFile(
      page,
      `<html><head>
      <link rel="stylesheet" href="${base}/style.css">
      <link rel="preload" as="fetch" href="${base}/preload-fetch">
      <link rel="preload" as="style" href="${base}/preload-style">
      <link rel="preload" as="script" href="${base}/preload-script">
      <link rel="modulepreload" href="${base}/module-preload.js">
      <link rel="icon" href="${base}/favicon.ico">
      <meta http-equiv="refresh" content="0; url=${base}/refresh">
      <script src="${base}/script.js"></script>
      <script type="module" src="${base}/module.js"></script>
      <script>fetch('${base}/inline-fetch'); new Image().src = '${base}/inline-image';</script>
      <style>@import url(${base}/import.css); body { background: url(${base}/background.png) }</style>
      </head><body>
      <img src="${base}/image.png" srcset="${base}/image-2x.png 2x">
      <iframe src="${base}/frame.html"></iframe>
      <iframe srcdoc="<img src='${base}/srcdoc-image.png'><script>fetch('${base}/srcdoc-fetch')</script>"></iframe>
      <video src="${base}/video.mp4" poster="${base}/poster.png"></video>
      <object data="${base}/object"></object><embed src="${base}/embed">
      <form action="${base}/form"><input autofocus></form>
      <article><p>Wladimir Putin empfing Kim Jong Un am Kosmodrom Wostotschny im Osten Russlands.</p></article>
      </body></html>`,
    );
    try {
      const [annotated] = await annotateJson('--url', `${base}/article.html`, page);
      expect(annotated!.mentions.map((mention) => mention.entity)).toContain('kim-jong-un');
      // Whatever a page could still have started would arrive by now.
      await new Promise((settled) => setTimeout(settled, 300));
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });
});

describe('kontext annotate as a process', () => {
  test('exits 1 when a file failed, with the others printed', { timeout: 60_000 }, async () => {
    const run = await spawnKontext(['annotate', '--json', PARAGRAPHS, join(dir, 'gone.txt')]);
    expect(run.stderr).toBe(`kontext annotate: ${join(dir, 'gone.txt')}: no such file\n`);
    expect(readLines(run.stdout).map((file) => file.file)).toEqual([PARAGRAPHS]);
    expect(run.status).toBe(1);
  });

  test('exits 2 for bad options, with the usage', { timeout: 60_000 }, async () => {
    const run = await spawnKontext(['annotate', '--lang', 'fr', PARAGRAPHS]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: npm run -s kontext -- annotate');
  });

  test('annotates 1,000 text files in one call, and exits 0', { timeout: 120_000 }, async () => {
    const many = join(dir, 'many');
    await mkdir(many);
    const files: string[] = [];
    for (let index = 0; index < 1000; index += 1) {
      const file = join(many, `page-${String(index).padStart(4, '0')}.txt`);
      files.push(file);
      await writeFile(
        file,
        `Meldung ${index}: Kim Jong Un traf Wladimir Putin am Kosmodrom Wostotschny.\n\n` +
          'Der Kreml-Sprecher Dmitri Peskow sagte, Russland und Nordkorea wollten enger zusammenarbeiten.\n',
      );
    }
    const run = await spawnKontext(['annotate', '--json', '--date', '2023-09-13', ...files]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = readLines(run.stdout);
    expect(lines.map((file) => file.file)).toEqual(files);
    for (const file of lines) {
      expect(file.mentions.map((mention) => mention.entity)).toEqual([
        'kim-jong-un',
        'vladimir-putin',
        'vostochny-cosmodrome',
        'dmitry-peskov',
        'dmitry-peskov',
        'russia',
        'north-korea',
      ]);
    }
    console.log(
      `kontext annotate: 1,000 text files in one process: ${(run.ms / 1000).toFixed(1)} s`,
    );
    // One process start and a few milliseconds a file; a process per file would take minutes.
    expect(run.ms).toBeLessThan(60_000);
  });
});

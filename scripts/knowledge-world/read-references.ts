/**
 * The reference data `npm run knowledge:crosscheck` compares the curated people with, read from
 * a folder of reference data: `ifg-ministers-database/*.csv`, `congress-legislators/executive.yaml`
 * and `world-leaders-*-wikidata/wikidata.csv`, each as its project publishes it.
 * Each reader gives the terms of the curated offices it covers, or why it cannot.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Reference, ReferenceTerm } from './crosscheck';

/** Parses CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) into records. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...records] = rows.filter((cells) => cells.some((cell) => cell !== ''));
  if (!header) return [];
  return records.map((cells) =>
    Object.fromEntries(header.map((key, at) => [key, cells[at] ?? ''])),
  );
}

/** Adds `term` to the terms of `office`. */
function addTerm(
  byOffice: Map<string, ReferenceTerm[]>,
  office: string,
  term: ReferenceTerm,
): void {
  const terms = byOffice.get(office);
  if (terms) terms.push(term);
  else byOffice.set(office, [term]);
}

/** Terms of one holder that follow on without a gap are one: a reappointment is no new term. */
function mergeTerms(terms: ReferenceTerm[]): ReferenceTerm[] {
  const sorted = [...terms].sort((a, b) => (a.from < b.from ? -1 : 1));
  const merged: ReferenceTerm[] = [];
  for (const term of sorted) {
    const last = merged.at(-1);
    if (last && last.to === term.from && sameHolder(last, term)) {
      merged[merged.length - 1] = {
        names: last.names,
        ...(last.wikidata !== undefined && { wikidata: last.wikidata }),
        from: last.from,
        ...(term.to !== undefined && { to: term.to }),
      };
    } else merged.push(term);
  }
  return merged;
}

function sameHolder(a: ReferenceTerm, b: ReferenceTerm): boolean {
  return a.wikidata !== undefined
    ? a.wikidata === b.wikidata
    : a.names.some((name) => b.names.includes(name));
}

/** The IfG ministers database's posts, by the curated office they are. */
const IFG_POSTS: Record<string, readonly string[]> = {
  'prime-minister-of-the-united-kingdom': ['Prime Minister'],
  'uk-foreign-secretary': [
    'Secretary of State for Foreign and Commonwealth Affairs',
    'Secretary of State for Foreign, Commonwealth and Development Affairs',
  ],
  'uk-defence-secretary': ['Secretary of State for Defence'],
  'uk-home-secretary': ['Secretary of State for the Home Department'],
  'uk-chancellor-of-the-exchequer': ['Chancellor of the Exchequer'],
};

export async function readIfg(dir: string): Promise<Reference> {
  const read = async (file: string) =>
    parseCsv(await readFile(join(dir, 'ifg-ministers-database', file), 'utf8'));
  const [appointments, posts, people] = await Promise.all([
    read('appointment.csv'),
    read('post.csv'),
    read('person.csv'),
  ]);
  const officeOfPost = new Map<string, string>();
  for (const post of posts) {
    const office = Object.keys(IFG_POSTS).find((id) => IFG_POSTS[id]!.includes(post.name ?? ''));
    if (office && post.id) officeOfPost.set(post.id, office);
  }
  // A person's names over time ("Peter Mandelson", "Lord Mandelson").
  const names = new Map<string, string[]>();
  for (const person of people) {
    const list = names.get(person.id ?? '') ?? [];
    for (const name of [person.name, person.display_name, person.normalized_name]) {
      if (name && !list.includes(name)) list.push(name);
    }
    names.set(person.id ?? '', list);
  }
  const byOffice = new Map<string, ReferenceTerm[]>();
  for (const appointment of appointments) {
    const office = officeOfPost.get(appointment.post_id ?? '');
    if (!office || !appointment.start_date) continue;
    addTerm(byOffice, office, {
      // The person's id keeps two people of one name apart when terms are merged.
      names: [...(names.get(appointment.person_id ?? '') ?? []), `ifg:${appointment.person_id}`],
      from: appointment.start_date,
      ...(appointment.end_date ? { to: appointment.end_date } : {}),
    });
  }
  return {
    name: 'IfG ministers database',
    precision: 'day',
    complete: true,
    terms: new Map([...byOffice].map(([office, terms]) => [office, mergeTerms(terms)])),
  };
}

interface ExecutiveEntry {
  id?: { wikidata?: string };
  name?: { first?: string; last?: string; nickname?: string };
  terms?: { type?: string; start?: string; end?: string }[];
}

const EXECUTIVE_OFFICES: Record<string, string> = {
  prez: 'president-of-the-united-states',
  viceprez: 'vice-president-of-the-united-states',
};

export async function readExecutive(dir: string, today: string): Promise<Reference> {
  const text = await readFile(join(dir, 'congress-legislators', 'executive.yaml'), 'utf8');
  const entries = load(text) as ExecutiveEntry[];
  const byOffice = new Map<string, ReferenceTerm[]>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const { first = '', last = '', nickname } = entry.name ?? {};
    const names = [`${first} ${last}`, ...(nickname ? [`${nickname} ${last}`] : [])];
    for (const term of entry.terms ?? []) {
      const office = EXECUTIVE_OFFICES[term.type ?? ''];
      if (!office || !term.start) continue;
      addTerm(byOffice, office, {
        names,
        ...(entry.id?.wikidata ? { wikidata: entry.id.wikidata } : {}),
        from: term.start,
        // The end of a term not over yet is the scheduled one: in office.
        ...(term.end && term.end <= today ? { to: term.end } : {}),
      });
    }
  }
  return {
    name: 'congress-legislators executive.yaml',
    precision: 'day',
    complete: true,
    terms: new Map([...byOffice].map(([office, terms]) => [office, mergeTerms(terms)])),
  };
}

/**
 * Wikidata's heads of state and government; `positions` maps a position's Wikidata id to the
 * curated office that gives it as its `wikidata`.
 */
export async function readWorldLeaders(
  dir: string,
  folder: string,
  positions: ReadonlyMap<string, string>,
): Promise<Reference> {
  const rows = parseCsv(await readFile(join(dir, folder, 'wikidata.csv'), 'utf8'));
  const byOffice = new Map<string, ReferenceTerm[]>();
  for (const row of rows) {
    const office = positions.get(row.position ?? '');
    if (!office || !/^\d{4}$/.test(row.start_year ?? '')) continue;
    addTerm(byOffice, office, {
      names: [row.officeholderLabel ?? ''],
      ...(row.officeholder ? { wikidata: row.officeholder } : {}),
      from: row.start_year!,
      ...(/^\d{4}$/.test(row.end_year ?? '') ? { to: row.end_year } : {}),
    });
  }
  return { name: `${folder} (years only)`, precision: 'year', complete: false, terms: byOffice };
}

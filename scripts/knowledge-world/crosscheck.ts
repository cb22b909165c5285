/**
 * The curated people's roles against reference data: for each office a reference covers, every
 * term the reference lists (since the first the pack has) beside the pack's role of the same
 * holder, and what disagrees in holder or dates. Pure: `knowledge-crosscheck.ts` reads the files.
 *
 * References (a folder the curator names on the command line; the build and the tests read none):
 * - the IfG ministers database: UK ministers, days exact;
 * - congress-legislators' executive.yaml: US presidents and vice presidents, days exact (the end
 *   of a term that has not ended is the scheduled one);
 * - Wikidata's heads of state and government (two revisions): years only, and only the holders
 *   at the query date and those who left that year, so a term it lacks is no disagreement.
 */
import type { CuratedPerson } from './curated-schema';

/** A term as a reference gives it: the holder's names, Wikidata id where known, and dates. */
export interface ReferenceTerm {
  names: readonly string[];
  wikidata?: string;
  from: string;
  /** Undefined while in office. */
  to?: string;
}

/** One reference's terms by the id of a curated office, and how exact its dates are. */
export interface Reference {
  name: string;
  precision: 'day' | 'year';
  /** Whether it lists every term of its offices (else a term it lacks is no disagreement). */
  complete: boolean;
  terms: ReadonlyMap<string, readonly ReferenceTerm[]>;
}

export type Finding =
  | { kind: 'agree'; office: string; holder: string; from: string; to?: string }
  | {
      kind: 'dates';
      office: string;
      holder: string;
      pack: { from: string; to?: string };
      reference: { from: string; to?: string };
    }
  | { kind: 'missing'; office: string; holder: string; from: string; to?: string }
  | { kind: 'only-in-pack'; office: string; holder: string; from: string; to?: string };

export interface ReferenceReport {
  reference: string;
  offices: string[];
  findings: Finding[];
}

/** A name as references and the pack may both write it: no titles, accents or case. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(sir|dame|lord|baroness|the rt hon)\s+/, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

interface PackRole {
  person: CuratedPerson;
  from: string;
  to?: string;
}

function rolesOf(people: readonly CuratedPerson[], office: string): PackRole[] {
  return people.flatMap((person) =>
    person.roles
      .filter((role) => role.office === office)
      .map((role) => ({ person, from: role.from, ...(role.to !== undefined && { to: role.to }) })),
  );
}

function isHolder(term: ReferenceTerm, person: CuratedPerson): boolean {
  if (term.wikidata && person.wikidata) return term.wikidata === person.wikidata;
  const names = new Set([person.names.de, person.names.en].map(normalizeName));
  return term.names.some((name) => names.has(normalizeName(name)));
}

const cut = (date: string | undefined, precision: Reference['precision']) =>
  date === undefined ? undefined : precision === 'year' ? date.slice(0, 4) : date;

/** Compares `people`'s roles with one reference. */
export function crossCheck(
  people: readonly CuratedPerson[],
  reference: Reference,
): ReferenceReport {
  const findings: Finding[] = [];
  const offices: string[] = [];
  for (const [office, terms] of reference.terms) {
    const roles = rolesOf(people, office);
    if (roles.length === 0) continue;
    offices.push(office);
    const since = roles.map((role) => role.from).sort()[0]!;
    const matched = new Set<PackRole>();
    for (const term of terms) {
      // Terms before the pack's first of this office are not what it claims to cover.
      if (term.to !== undefined && term.to <= since) continue;
      const holderRoles = roles.filter((role) => isHolder(term, role.person) && !matched.has(role));
      const holder = holderRoles[0]?.person.names.en ?? term.names[0] ?? '?';
      const termFrom = cut(term.from, reference.precision)!;
      const termTo = cut(term.to, reference.precision);
      const same = holderRoles.find(
        (role) =>
          cut(role.from, reference.precision) === termFrom &&
          cut(role.to, reference.precision) === termTo,
      );
      if (same) {
        matched.add(same);
        findings.push({
          kind: 'agree',
          office,
          holder,
          from: term.from,
          ...(term.to && { to: term.to }),
        });
        continue;
      }
      // The holder's role that overlaps the term, if any, is the one whose dates disagree.
      const overlapping = holderRoles.find(
        (role) =>
          (role.to === undefined || cut(role.to, reference.precision)! >= termFrom) &&
          (termTo === undefined || cut(role.from, reference.precision)! <= termTo),
      );
      if (overlapping) {
        matched.add(overlapping);
        findings.push({
          kind: 'dates',
          office,
          holder,
          pack: { from: overlapping.from, ...(overlapping.to && { to: overlapping.to }) },
          reference: { from: term.from, ...(term.to && { to: term.to }) },
        });
      } else if (reference.complete) {
        findings.push({
          kind: 'missing',
          office,
          holder,
          from: term.from,
          ...(term.to && { to: term.to }),
        });
      }
    }
    if (!reference.complete) continue;
    for (const role of roles) {
      if (matched.has(role)) continue;
      findings.push({
        kind: 'only-in-pack',
        office,
        holder: role.person.names.en,
        from: role.from,
        ...(role.to && { to: role.to }),
      });
    }
  }
  return { reference: reference.name, offices, findings };
}

const span = ({ from, to }: { from: string; to?: string }) => `${from} to ${to ?? 'now'}`;

/** The report as lines: each office's count, every finding but agreements, then a summary. */
export function formatReports(reports: readonly ReferenceReport[]): string[] {
  const lines: string[] = [];
  const total = { offices: 0, agree: 0, dates: 0, missing: 0, only: 0 };
  for (const report of reports) {
    lines.push(`${report.reference}: ${report.offices.length} office(s) compared`);
    total.offices += report.offices.length;
    for (const office of report.offices) {
      const of = report.findings.filter((finding) => finding.office === office);
      const agree = of.filter((finding) => finding.kind === 'agree').length;
      lines.push(`  ${office}: ${of.length} term(s), ${agree} agree`);
      for (const finding of of) {
        if (finding.kind === 'dates') {
          lines.push(
            `    DATES    ${finding.holder}: the pack has ${span(finding.pack)}, the reference ${span(finding.reference)}`,
          );
        } else if (finding.kind === 'missing') {
          lines.push(
            `    MISSING  ${finding.holder}, ${span(finding)}: in the reference, not in the pack`,
          );
        } else if (finding.kind === 'only-in-pack') {
          lines.push(
            `    EXTRA    ${finding.holder}, ${span(finding)}: in the pack, not in the reference`,
          );
        }
      }
      total.agree += agree;
      total.dates += of.filter((finding) => finding.kind === 'dates').length;
      total.missing += of.filter((finding) => finding.kind === 'missing').length;
      total.only += of.filter((finding) => finding.kind === 'only-in-pack').length;
    }
  }
  lines.push(
    `Summary: ${total.offices} office comparison(s); ${total.agree} term(s) agree, ${total.dates} disagree in dates, ${total.missing} missing from the pack, ${total.only} only in the pack.`,
  );
  return lines;
}

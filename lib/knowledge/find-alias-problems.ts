/**
 * Names two entities claim. On a page "Kim" cannot point to two people at once: a name belongs to
 * one entity per language, unless the curator marks it `shared` on every entity that has it, and
 * the Recognition engine then picks one from the page's context.
 */
import { getFirstDay, getLastDay } from './pack-dates';
import { formatJsonPath, type PackProblem } from './pack-problem';
import type { KnowledgePack } from './pack-types';

interface Claim {
  entityIndex: number;
  path: (string | number)[];
  shared: boolean;
  /** The first and last day the name holds on, "YYYY-MM-DD" (open ends as the widest days). */
  from: string;
  to: string;
}

/** Whether two claims hold on a common day. */
function overlaps(a: Claim, b: Claim): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** How the matcher compares names: any run of white space is one space (it matches "\s+"). */
function normalizeName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Finds names given twice for one entity, and names two entities claim without both sharing. */
export function findAliasProblems(pack: KnowledgePack): PackProblem[] {
  const problems: PackProblem[] = [];
  // Per language: the first claim on each name.
  const claims = new Map<string, Map<string, Claim[]>>();

  pack.entities.forEach((entity, entityIndex) => {
    for (const [language, aliases] of Object.entries(entity.aliases)) {
      const claimed = claims.get(language) ?? new Map<string, Claim[]>();
      claims.set(language, claimed);
      aliases?.forEach((alias, a) => {
        const aliasPath = ['entities', entityIndex, 'aliases', language, a];
        const texts: [string, (string | number)[]][] = [
          [alias.text, [...aliasPath, 'text']],
          ...(alias.forms ?? []).map((form, f): [string, (string | number)[]] => [
            form,
            [...aliasPath, 'forms', f],
          ]),
        ];
        for (const [text, path] of texts) {
          const name = normalizeName(text);
          const claim: Claim = {
            entityIndex,
            path,
            shared: alias.shared === true,
            from: alias.from === undefined ? '0000-01-01' : getFirstDay(alias.from),
            to: alias.to === undefined ? '9999-12-31' : getLastDay(alias.to),
          };
          const earlier = claimed.get(name) ?? [];
          // The same name for two terms of one office ("US-Präsident" 2017-2021 and from 2025)
          // is no repetition; at once it is.
          const twice = earlier.find(
            (first) => first.entityIndex === entityIndex && overlaps(first, claim),
          );
          const other = earlier.find((first) => first.entityIndex !== entityIndex);
          earlier.push(claim);
          claimed.set(name, earlier);
          if (twice) {
            problems.push({
              path: formatJsonPath(path),
              message: `"${name}" is listed twice for this entity in "${language}"; the first is at ${formatJsonPath(twice.path)}`,
            });
          } else if (other && (!other.shared || !claim.shared)) {
            const id = pack.entities[other.entityIndex]?.id ?? '';
            problems.push({
              path: formatJsonPath(path),
              message: `"${name}" is also a name of "${id}" (${formatJsonPath(other.path)}); if a page may mean either, mark it "shared": true on both`,
            });
          }
        }
      });
    }
  });
  return problems;
}

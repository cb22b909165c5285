/**
 * The one gate a knowledge pack passes before Kontext uses it: for a curator's file on the command
 * line, for a bundled pack in the tests, for a pack a reader adds. Every problem comes back as a
 * JSON path and a sentence; no input makes it throw.
 */
import { describeRawIssue, toPackProblems } from './describe-schema-issues';
import { findAliasProblems } from './find-alias-problems';
import { findDateProblems } from './find-date-problems';
import { findIdProblems } from './find-id-problems';
import { findLanguageProblems } from './find-language-problems';
import { findLinkProblems } from './find-link-problems';
import { parsePackText } from './parse-pack-text';
import { MAX_PROBLEMS } from './pack-limits';
import { formatJsonPath, type PackProblem } from './pack-problem';
import { packSchema } from './pack-schema';
import type { KnowledgePack } from './pack-types';

export type { PackProblem } from './pack-problem';

/** A pack that passed every check, or everything wrong with it. */
export type PackCheck = { ok: true; pack: KnowledgePack } | { ok: false; problems: PackProblem[] };

function fail(problems: PackProblem[]): PackCheck {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_PROBLEMS),
      {
        path: '$',
        message: `and ${problems.length - MAX_PROBLEMS} more problems; fix these first, then check again`,
      },
    ],
  };
}

/** A pack's file is named after its id, so two pack files can never hold the same pack id. */
function findFileNameProblems(pack: KnowledgePack, fileName: string | undefined): PackProblem[] {
  if (fileName === undefined) return [];
  const baseName = fileName.replace(/^.*[\\/]/, '');
  if (baseName === `${pack.id}.json`) return [];
  return [
    {
      path: formatJsonPath(['id']),
      message: `is "${pack.id}", but the file is called "${baseName}"; name the file "${pack.id}.json"`,
    },
  ];
}

function checkPackUnguarded(input: unknown, fileName: string | undefined): PackCheck {
  let value = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const parsed = parsePackText(input);
    if (!parsed.ok) return fail(parsed.problems);
    value = parsed.value;
  }

  // The format first: the checks below rely on its shape, so they wait until it is right.
  const result = packSchema.safeParse(value, { error: describeRawIssue, reportInput: true });
  if (!result.success) return fail(toPackProblems(result.error.issues));

  const pack = result.data;
  const problems = [
    ...findFileNameProblems(pack, fileName),
    ...findLanguageProblems(pack),
    ...findIdProblems(pack),
    ...findAliasProblems(pack),
    ...findDateProblems(pack),
    ...findLinkProblems(pack),
  ];
  return problems.length > 0 ? fail(problems) : { ok: true, pack };
}

/**
 * Checks a knowledge pack: its JSON text or bytes (UTF-8, without byte-order mark), or a value
 * already parsed. With `fileName`, the pack's id must match it ("kim-putin-2023.json"). Returns the
 * pack, typed, or its problems (at most {@link MAX_PROBLEMS}, plus a line counting the rest).
 */
export function checkPack(input: unknown, fileName?: string): PackCheck {
  try {
    return checkPackUnguarded(input, fileName);
  } catch {
    // A bug in the checker, not in the pack; still an answer, never a stack trace.
    return fail([
      {
        path: '$',
        message:
          'the checker failed on this file; please report it to the Kontext developers with the file attached',
      },
    ]);
  }
}

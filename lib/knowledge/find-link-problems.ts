/**
 * Links anywhere in a pack, not only in the fields meant for them: a link pasted into a
 * description or a quote must be one Kontext could show without harm.
 */
import { findLinkProblem, isLinkLike } from './pack-links';
import { formatJsonPath, type PackProblem } from './pack-problem';
import type { KnowledgePack } from './pack-types';

/** Finds every text in `pack` that is a link but not an https: one. */
export function findLinkProblems(pack: KnowledgePack): PackProblem[] {
  const problems: PackProblem[] = [];
  // A stack, not recursion: the schema bounds the depth already, and this keeps it obvious.
  const pending: [unknown, (string | number)[]][] = [[pack, []]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      const problem = isLinkLike(value) ? findLinkProblem(value) : undefined;
      if (problem !== undefined) problems.push({ path: formatJsonPath(path), message: problem });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, [...path, index]]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) pending.push([item, [...path, key]]);
    }
  }
  // The stack visits the pack back to front; a report reads front to back.
  return problems.reverse();
}

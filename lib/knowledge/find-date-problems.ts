/**
 * Periods in a pack that end before they begin: a role, a name used only for a while (an epithet
 * like "Russlands Verteidigungsminister"), an event over several days.
 */
import { isInOrder } from './pack-dates';
import { formatJsonPath, type PackProblem } from './pack-problem';
import type { KnowledgePack } from './pack-types';

/** Finds every `to` (or `end`) before its `from` (or `date`). */
export function findDateProblems(pack: KnowledgePack): PackProblem[] {
  const problems: PackProblem[] = [];
  const check = (from: string | undefined, to: string | undefined, path: (string | number)[]) => {
    if (from === undefined || to === undefined || isInOrder(from, to)) return;
    problems.push({
      path: formatJsonPath(path),
      message: `is ${to}, before the start ${from}; a period cannot end before it begins`,
    });
  };

  pack.entities.forEach((entity, e) => {
    entity.roles?.forEach((role, r) =>
      check(role.from, role.to, ['entities', e, 'roles', r, 'to']),
    );
    for (const [language, aliases] of Object.entries(entity.aliases)) {
      aliases?.forEach((alias, a) => {
        check(alias.from, alias.to, ['entities', e, 'aliases', language, a, 'to']);
      });
    }
  });
  pack.events.forEach((event, v) => check(event.date, event.end, ['events', v, 'end']));
  return problems;
}

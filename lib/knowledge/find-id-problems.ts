/**
 * Ids in a pack: unique within their kind (entities, statements, events and sources each have
 * their own), and every reference names an id the pack has.
 */
import { findClosest } from './find-closest';
import { MAX_PROBLEMS } from './pack-limits';
import { formatJsonPath, type PackProblem } from './pack-problem';
import type { KnowledgePack, Provenance } from './pack-types';

type Path = (string | number)[];

/** The index of each id in `items`, reporting every id given a second time. */
function indexIds(
  items: readonly { id: string }[],
  collection: string,
  problems: PackProblem[],
): Map<string, number> {
  const indexById = new Map<string, number>();
  items.forEach((item, index) => {
    const first = indexById.get(item.id);
    if (first === undefined) {
      indexById.set(item.id, index);
      return;
    }
    problems.push({
      path: formatJsonPath([collection, index, 'id']),
      message: `"${item.id}" is already the id of ${formatJsonPath([collection, first])}; ids must differ among the pack's ${collection}`,
    });
  });
  return indexById;
}

/** Finds ids given twice and references to ids the pack does not have. */
export function findIdProblems(pack: KnowledgePack): PackProblem[] {
  const problems: PackProblem[] = [];
  const ids = {
    entities: indexIds(pack.entities, 'entities', problems),
    statements: indexIds(pack.statements, 'statements', problems),
    events: indexIds(pack.events, 'events', problems),
    sources: indexIds(pack.sources, 'sources', problems),
  };

  const known = {
    entities: [...ids.entities.keys()],
    statements: [...ids.statements.keys()],
    events: [...ids.events.keys()],
    sources: [...ids.sources.keys()],
  };

  const refer = (collection: keyof typeof ids, id: string | undefined, path: Path) => {
    if (id === undefined || ids[collection].has(id)) return;
    // Suggestions cost time; past the problems a report shows, nobody reads them.
    const closest = problems.length < MAX_PROBLEMS ? findClosest(id, known[collection]) : undefined;
    const hint = closest === undefined ? '' : ` Did you mean "${closest}"?`;
    problems.push({
      path: formatJsonPath(path),
      message: `refers to "${id}", but the pack's ${collection} have no such id.${hint}`,
    });
  };
  const referSource = (provenance: Provenance, path: Path) => {
    if ('source' in provenance) {
      refer('sources', provenance.source, [...path, 'provenance', 'source']);
    }
  };

  pack.entities.forEach((entity, e) => {
    entity.roles?.forEach((role, r) => {
      refer('entities', role.of, ['entities', e, 'roles', r, 'of']);
      referSource(role.provenance, ['entities', e, 'roles', r]);
    });
  });
  pack.statements.forEach((statement, s) => {
    const path = ['statements', s];
    refer('entities', statement.subject, [...path, 'subject']);
    refer('entities', statement.object, [...path, 'object']);
    refer('events', statement.event, [...path, 'event']);
    if (statement.kind === 'quote') {
      refer('entities', statement.quote.speaker, [...path, 'quote', 'speaker']);
      refer('entities', statement.quote.channel, [...path, 'quote', 'channel']);
    }
    referSource(statement.provenance, path);
  });
  pack.events.forEach((event, v) => {
    refer('entities', event.place, ['events', v, 'place']);
    event.participants?.forEach((participant, p) => {
      refer('entities', participant, ['events', v, 'participants', p]);
    });
    referSource(event.provenance, ['events', v]);
  });
  return problems;
}

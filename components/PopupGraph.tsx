import { useMemo, useRef, useState } from 'preact/hooks';
import { layoutGraph } from '../lib/analysis/layout-graph';
import { formatPackDate } from '../lib/i18n/format-date';
import type { EntityType, Language } from '../lib/knowledge/pack-types';
import type { PageView } from '../lib/messages/page-view';
import { formatProvenance } from './popup-format';
import { describeRelation, type PopupText } from './popup-text';
import { PopupSection } from './PopupSection';

export interface PopupGraphProps {
  view: PageView;
  text: PopupText;
  language: Language;
  onReveal: (packId: string, entityId: string, index: number) => void;
}

interface GraphNode {
  key: string;
  packId: string;
  entityId: string;
  name: string;
  type: EntityType;
  relations: number;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * How the page's entities relate, as the packs say: a small drawing with one focusable node per
 * entity (arrow keys go round the circle, Enter shows the entity on the page), and the same
 * relations as sentences, "Kim Jong Un — met — Vladimir Putin", for every reader.
 */
export function PopupGraph({ view, text, language, onReveal }: PopupGraphProps) {
  const { nodes, layout } = useMemo(() => {
    const byKey = new Map<string, GraphNode>();
    for (const entity of view.groups.flatMap((group) => group.entities)) {
      const key = `${entity.packId}/${entity.entityId}`;
      byKey.set(key, { key, ...entity, relations: 0 });
    }
    const edges = view.relations.map((relation) => ({
      from: `${relation.packId}/${relation.subjectId}`,
      to: `${relation.packId}/${relation.objectId}`,
    }));
    const related = new Map<string, GraphNode>();
    for (const { from, to } of edges) {
      for (const key of [from, to]) {
        const node = byKey.get(key);
        if (!node) continue;
        node.relations += 1;
        related.set(key, node);
      }
    }
    const graphNodes = [...byKey.values()].filter((node) => related.has(node.key));
    return {
      nodes: new Map(graphNodes.map((node) => [node.key, node])),
      layout: layoutGraph(
        graphNodes.map((node) => ({ id: node.key, label: node.name })),
        edges,
      ),
    };
  }, [view]);

  const [focused, setFocused] = useState(0);
  const [active, setActive] = useState<string | undefined>();
  const elements = useRef<(SVGGElement | null)[]>([]);

  if (view.relations.length === 0) {
    return (
      <PopupSection id="relations" title={text.relationsHeading}>
        <p class="empty">{text.noRelations}</p>
      </PopupSection>
    );
  }

  const count = layout.nodes.length;
  const moveTo = (index: number) => {
    const next = (index + count) % count;
    setFocused(next);
    elements.current[next]?.focus();
  };
  const reveal = (key: string) => {
    const node = nodes.get(key);
    if (node) onReveal(node.packId, node.entityId, 0);
  };
  const onKeyDown = (event: KeyboardEvent, index: number, key: string) => {
    if (NEXT_KEYS.has(event.key)) moveTo(index + 1);
    else if (PREVIOUS_KEYS.has(event.key)) moveTo(index - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(count - 1);
    else if (event.key === 'Enter' || event.key === ' ') reveal(key);
    else return;
    event.preventDefault();
  };

  return (
    <PopupSection id="relations" title={text.relationsHeading}>
      <figure class="graph">
        <svg
          viewBox={`0 0 ${layout.width.toFixed(1)} ${layout.height.toFixed(1)}`}
          width={layout.width.toFixed(1)}
          height={layout.height.toFixed(1)}
          role="group"
          aria-label={text.graphLabel}
          aria-describedby="graph-hint"
          font-size={layout.fontSize}
        >
          <g class="edges" aria-hidden="true">
            {layout.edges.map((edge) => (
              <line
                key={`${edge.from}>${edge.to}`}
                class={active === edge.from || active === edge.to ? 'edge active' : 'edge'}
                x1={edge.x1.toFixed(1)}
                y1={edge.y1.toFixed(1)}
                x2={edge.x2.toFixed(1)}
                y2={edge.y2.toFixed(1)}
              />
            ))}
          </g>
          {layout.nodes.map((laidOut, index) => {
            const node = nodes.get(laidOut.id)!;
            return (
              <g
                key={laidOut.id}
                class={`node ${node.type}`}
                data-node={node.entityId}
                role="button"
                tabindex={index === focused ? 0 : -1}
                aria-label={text.nodeLabel(node.name, node.relations)}
                ref={(element) => {
                  elements.current[index] = element;
                }}
                onKeyDown={(event) => onKeyDown(event, index, laidOut.id)}
                onClick={() => {
                  setFocused(index);
                  reveal(laidOut.id);
                }}
                onFocus={() => {
                  setFocused(index);
                  setActive(laidOut.id);
                }}
                onBlur={() => setActive(undefined)}
              >
                <circle cx={laidOut.x.toFixed(1)} cy={laidOut.y.toFixed(1)} r={layout.nodeRadius} />
                <text text-anchor={laidOut.anchor} aria-hidden="true">
                  {laidOut.lines.map((line) => (
                    <tspan key={line.text} x={line.x.toFixed(1)} y={line.y.toFixed(1)}>
                      {line.text}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption id="graph-hint" class="meta">
          {text.graphHint}
        </figcaption>
      </figure>
      <ul class="relations">
        {view.relations.map((relation) => (
          <li key={`${relation.packId}/${relation.id}`} data-relation={relation.id}>
            <strong class="triple">
              {relation.subject} — {describeRelation(text, relation.relation)} — {relation.object}
            </strong>
            : {relation.text}{' '}
            <span class="meta">
              ({formatPackDate(relation.date, language)},{' '}
              {formatProvenance(text, language, relation.provenance)})
            </span>
          </li>
        ))}
      </ul>
    </PopupSection>
  );
}

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  layoutGraph,
  MAX_LINE_CHARS,
  splitLabel,
  type Box,
  type GraphLayout,
} from './layout-graph';

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Every way a layout could be unreadable: nodes, labels or both on top of each other. */
function expectReadable(layout: GraphLayout) {
  const { nodes, nodeRadius: r } = layout;
  for (const [a, node] of nodes.entries()) {
    const circle = { left: node.x - r, right: node.x + r, top: node.y - r, bottom: node.y + r };
    for (const box of [circle, node.labelBox]) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(layout.width);
      expect(box.bottom).toBeLessThanOrEqual(layout.height);
    }
    for (const [b, other] of nodes.entries()) {
      if (a === b) continue;
      expect(Math.hypot(node.x - other.x, node.y - other.y)).toBeGreaterThanOrEqual(2 * r);
      expect(overlaps(node.labelBox, other.labelBox)).toBe(false);
      const otherCircle = {
        left: other.x - r,
        right: other.x + r,
        top: other.y - r,
        bottom: other.y + r,
      };
      expect(overlaps(node.labelBox, otherCircle)).toBe(false);
    }
  }
}

const SEED_NODES = [
  ['kim-jong-un', 'Kim Jong Un'],
  ['vladimir-putin', 'Wladimir Putin'],
  ['russia', 'Russland'],
  ['north-korea', 'Nordkorea'],
  ['kcna', 'KCNA'],
  ['matthew-miller', 'Matthew Miller'],
  ['south-korea', 'Südkorea'],
  ['sergei-shoigu', 'Sergej Schoigu'],
  ['kim-young-ho', 'Kim Young-ho'],
  ['un-security-council', 'UN-Sicherheitsrat'],
  ['dmitry-peskov', 'Dmitri Peskow'],
  ['vostochny-cosmodrome', 'Kosmodrom Wostotschny'],
].map(([id, label]) => ({ id: id!, label: label! }));

const SEED_EDGES = [
  ['kim-jong-un', 'vladimir-putin'],
  ['vladimir-putin', 'kcna'],
  ['russia', 'north-korea'],
  ['matthew-miller', 'russia'],
  ['matthew-miller', 'north-korea'],
  ['south-korea', 'north-korea'],
  ['kim-jong-un', 'north-korea'],
  ['vladimir-putin', 'russia'],
  ['sergei-shoigu', 'russia'],
  ['kim-young-ho', 'south-korea'],
  ['russia', 'un-security-council'],
  ['un-security-council', 'north-korea'],
  ['dmitry-peskov', 'vladimir-putin'],
  ['kcna', 'north-korea'],
  ['vostochny-cosmodrome', 'russia'],
].map(([from, to]) => ({ from: from!, to: to! }));

describe('layoutGraph', () => {
  test('the seed article’s graph: no node or label on another, all inside the drawing', () => {
    const layout = layoutGraph(SEED_NODES, SEED_EDGES);
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(
      SEED_NODES.map((node) => node.id).sort(),
    );
    expect(layout.edges).toHaveLength(SEED_EDGES.length);
    expectReadable(layout);
  });

  test('the best-connected node comes first, and its neighbours next to it', () => {
    const layout = layoutGraph(SEED_NODES, SEED_EDGES);
    expect(layout.nodes[0]!.id).toBe('russia');
    const ring = layout.nodes.map((node) => node.id);
    expect(ring.slice(1, 3)).toEqual(['north-korea', 'vladimir-putin']);
  });

  test('the same graph is laid out the same way every time', () => {
    expect(layoutGraph(SEED_NODES, SEED_EDGES)).toEqual(layoutGraph(SEED_NODES, SEED_EDGES));
  });

  test('edges end at the nodes’ rims and skip unknown nodes', () => {
    const layout = layoutGraph(SEED_NODES.slice(0, 2), [
      { from: 'kim-jong-un', to: 'vladimir-putin' },
      { from: 'kim-jong-un', to: 'nobody' },
    ]);
    expect(layout.edges).toHaveLength(1);
    const [kim, putin] = ['kim-jong-un', 'vladimir-putin'].map((id) =>
      layout.nodes.find((node) => node.id === id)!,
    );
    const edge = layout.edges[0]!;
    expect(Math.hypot(edge.x1 - kim!.x, edge.y1 - kim!.y)).toBeCloseTo(layout.nodeRadius);
    expect(Math.hypot(edge.x2 - putin!.x, edge.y2 - putin!.y)).toBeCloseTo(layout.nodeRadius);
  });

  test('one node, or none, still makes a drawing', () => {
    expectReadable(layoutGraph([{ id: 'a', label: 'Wladimir Putin' }], []));
    expect(layoutGraph([], []).nodes).toEqual([]);
  });

  test('any small graph with any labels is readable', () => {
    const graph = fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 16 })
      .chain((labels) =>
        fc.record({
          nodes: fc.constant(labels.map((label, index) => ({ id: `n${index}`, label }))),
          edges: fc.array(
            fc.record({
              from: fc.nat(labels.length - 1).map((index) => `n${index}`),
              to: fc.nat(labels.length - 1).map((index) => `n${index}`),
            }),
            { maxLength: 30 },
          ),
        }),
      );
    fc.assert(
      fc.property(graph, ({ nodes, edges }) => expectReadable(layoutGraph(nodes, edges))),
      { numRuns: 200 },
    );
  });

  test('long labels break at the space nearest the middle', () => {
    expect(splitLabel('Putin')).toEqual(['Putin']);
    expect(splitLabel('Kosmodrom Wostotschny')).toEqual(['Kosmodrom', 'Wostotschny']);
    expect(splitLabel('United States Department of State')).toEqual([
      'United States',
      'Department of State',
    ]);
    expect(splitLabel('UN-Sicherheitsrat-Resolution')).toEqual(['UN-Sicherheitsrat-Resolution']);
    expect('Kosmodrom'.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
  });
});

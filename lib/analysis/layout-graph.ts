/**
 * A readable layout for a small graph (the entities of a page and their relations): the nodes on
 * a circle, ordered so that related nodes sit near each other, with each label outside its node
 * and the circle grown until no node or label overlaps another. Deterministic: the same graph
 * always looks the same. Label sizes are estimated from their characters, so the result needs no
 * DOM and can be tested in Node.
 */

export interface GraphNodeInput {
  id: string;
  label: string;
}

export interface GraphEdgeInput {
  from: string;
  to: string;
}

/** A box in the layout's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LaidOutNode {
  id: string;
  x: number;
  y: number;
  /** The label's lines, each with the point its text is anchored at (`anchor` says how). */
  lines: { text: string; x: number; y: number }[];
  anchor: 'start' | 'middle' | 'end';
  /** Where the label's text is expected to lie. */
  labelBox: Box;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  /** The line between the nodes' rims. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodeRadius: number;
  fontSize: number;
  /** In ring order: clockwise from the top. */
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

export interface GraphLayoutOptions {
  nodeRadius?: number;
  fontSize?: number;
}

/** A label longer than this is broken into two lines at a space. */
export const MAX_LINE_CHARS = 14;
/** An estimate of a character's width, in ems, generous for system fonts. */
const CHAR_WIDTH_EM = 0.62;
const LINE_HEIGHT_EM = 1.2;
/** Room between a node, its label and its neighbours. */
const GAP = 6;
/** Room around the drawing. */
const MARGIN = 4;
/** How much the circle grows per try, and how often it may. */
const GROWTH = 1.08;
const MAX_TRIES = 80;

/** The label in at most two lines, broken at the space nearest its middle. */
export function splitLabel(label: string): string[] {
  if (label.length <= MAX_LINE_CHARS) return [label];
  let best = -1;
  for (let index = label.indexOf(' '); index !== -1; index = label.indexOf(' ', index + 1)) {
    if (best === -1 || Math.abs(index - label.length / 2) < Math.abs(best - label.length / 2)) {
      best = index;
    }
  }
  return best === -1 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

/**
 * The nodes in ring order: a breadth-first walk from the node with the most relations, each
 * node's neighbours by their own number of relations, so that related nodes sit side by side and
 * few edges cross the circle. Unrelated parts follow one another.
 */
function orderRing(nodes: readonly GraphNodeInput[], edges: readonly GraphEdgeInput[]): number[] {
  const indexOf = new Map(nodes.map((node, index) => [node.id, index]));
  const neighbours = nodes.map(() => new Set<number>());
  for (const edge of edges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    neighbours[from]!.add(to);
    neighbours[to]!.add(from);
  }
  const degree = (index: number) => neighbours[index]!.size;
  const byDegree = (a: number, b: number) => degree(b) - degree(a) || a - b;
  const order: number[] = [];
  const seen = new Set<number>();
  for (const start of nodes.map((_, index) => index).sort(byDegree)) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    while (queue.length > 0) {
      const current = queue.shift()!;
      order.push(current);
      for (const next of [...neighbours[current]!].sort(byDegree)) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return order;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function circleBox(x: number, y: number, r: number): Box {
  return { left: x - r, top: y - r, right: x + r, bottom: y + r };
}

/** Nodes and labels for a circle of `radius` around (0, 0). */
function placeOnCircle(
  labels: readonly string[][],
  radius: number,
  nodeRadius: number,
  fontSize: number,
): { x: number; y: number; labelBox: Box; anchor: LaidOutNode['anchor'] }[] {
  const count = labels.length;
  const lineHeight = fontSize * LINE_HEIGHT_EM;
  return labels.map((lines, index) => {
    // One node sits in the middle; more start at the top and go clockwise.
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    const r = count === 1 ? 0 : radius;
    const x = r * Math.cos(angle);
    const y = r * Math.sin(angle);
    const width = Math.max(...lines.map((line) => line.length)) * fontSize * CHAR_WIDTH_EM;
    const height = lines.length * lineHeight;
    const cos = count === 1 ? 0 : Math.cos(angle);
    const sin = count === 1 ? 1 : Math.sin(angle);
    const reach = nodeRadius + GAP / 2;
    if (Math.abs(cos) < 0.35) {
      // Above or below the node, centred.
      const top = sin < 0 ? y - reach - height : y + reach;
      return {
        x,
        y,
        anchor: 'middle',
        labelBox: { left: x - width / 2, right: x + width / 2, top, bottom: top + height },
      };
    }
    const left = cos > 0 ? x + reach : x - reach - width;
    return {
      x,
      y,
      anchor: cos > 0 ? 'start' : 'end',
      labelBox: { left, right: left + width, top: y - height / 2, bottom: y + height / 2 },
    };
  });
}

function isReadable(placed: ReturnType<typeof placeOnCircle>, nodeRadius: number): boolean {
  const circles = placed.map(({ x, y }) => circleBox(x, y, nodeRadius + GAP / 2));
  for (let a = 0; a < placed.length; a += 1) {
    for (let b = a + 1; b < placed.length; b += 1) {
      const distance = Math.hypot(placed[a]!.x - placed[b]!.x, placed[a]!.y - placed[b]!.y);
      if (distance < 2 * nodeRadius + GAP) return false;
      if (overlaps(placed[a]!.labelBox, placed[b]!.labelBox)) return false;
    }
    for (let b = 0; b < placed.length; b += 1) {
      if (a !== b && overlaps(placed[a]!.labelBox, circles[b]!)) return false;
    }
  }
  return true;
}

/** Lays out `nodes` and the `edges` between them (edges to unknown nodes are left out). */
export function layoutGraph(
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  options: GraphLayoutOptions = {},
): GraphLayout {
  const nodeRadius = options.nodeRadius ?? 9;
  const fontSize = options.fontSize ?? 12;
  const order = orderRing(nodes, edges);
  const labels = order.map((index) => splitLabel(nodes[index]!.label));

  // The smallest circle whose neighbouring nodes do not touch, then grown until labels fit.
  const count = order.length;
  let radius = count < 2 ? 0 : (2 * nodeRadius + GAP) / (2 * Math.sin(Math.PI / count));
  radius = Math.max(radius, 3 * nodeRadius);
  let placed = placeOnCircle(labels, radius, nodeRadius, fontSize);
  for (let tries = 0; tries < MAX_TRIES && !isReadable(placed, nodeRadius); tries += 1) {
    radius *= GROWTH;
    placed = placeOnCircle(labels, radius, nodeRadius, fontSize);
  }

  const boxes = placed.flatMap(({ x, y, labelBox }) => [circleBox(x, y, nodeRadius), labelBox]);
  const left = Math.min(...boxes.map((box) => box.left), 0) - MARGIN;
  const top = Math.min(...boxes.map((box) => box.top), 0) - MARGIN;
  const right = Math.max(...boxes.map((box) => box.right), 0) + MARGIN;
  const bottom = Math.max(...boxes.map((box) => box.bottom), 0) + MARGIN;
  const shift = (box: Box): Box => ({
    left: box.left - left,
    right: box.right - left,
    top: box.top - top,
    bottom: box.bottom - top,
  });
  const lineHeight = fontSize * LINE_HEIGHT_EM;

  const laidOut: LaidOutNode[] = placed.map((place, position) => {
    const labelBox = shift(place.labelBox);
    const anchorX =
      place.anchor === 'start'
        ? labelBox.left
        : place.anchor === 'end'
          ? labelBox.right
          : (labelBox.left + labelBox.right) / 2;
    return {
      id: nodes[order[position]!]!.id,
      x: place.x - left,
      y: place.y - top,
      // Baselines sit about 0.8 of a line below each line's top.
      lines: labels[position]!.map((text, line) => ({
        text,
        x: anchorX,
        y: labelBox.top + (line + 0.8) * lineHeight,
      })),
      anchor: place.anchor,
      labelBox,
    };
  });

  const byId = new Map(laidOut.map((node) => [node.id, node]));
  const laidOutEdges: LaidOutEdge[] = [];
  for (const edge of edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || from === to) continue;
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    const dx = ((to.x - from.x) / length) * nodeRadius;
    const dy = ((to.y - from.y) / length) * nodeRadius;
    laidOutEdges.push({
      from: edge.from,
      to: edge.to,
      x1: from.x + dx,
      y1: from.y + dy,
      x2: to.x - dx,
      y2: to.y - dy,
    });
  }
  return {
    width: right - left,
    height: bottom - top,
    nodeRadius,
    fontSize,
    nodes: laidOut,
    edges: laidOutEdges,
  };
}

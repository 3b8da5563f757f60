import type { EntityType } from '../generated/graphql';
import { ENTITY_TYPE_LABEL } from '../common/entityTypes';
import { entityHref } from '../routing';

interface Props {
  entity: { id: string; name: string; type: EntityType };
  related: ReadonlyArray<{ articleCount: number; entity: { id: string; name: string; type: EntityType } }> | null;
}

const WIDTH = 600;
const HEIGHT = 440;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 115;

/**
 * The entity's co-occurrence neighbourhood, radially: the entity in the middle, the entities sharing
 * articles with it around, the line's width the number of shared articles. Every node links to its page.
 */
export function NeighbourhoodGraph({ entity, related }: Props) {
  const neighbours = related ?? [];
  const most = Math.max(1, ...neighbours.map((r) => r.articleCount));
  const placed = neighbours.map((r, i) => {
    const angle = (2 * Math.PI * i) / neighbours.length - Math.PI / 2;
    const r6 = 6 + (6 * r.articleCount) / most;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    // the label outside the ring, so that it never covers another node
    const anchor: 'start' | 'middle' | 'end' = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    return {
      ...r,
      radius: r6,
      x: CX + RADIUS * cos,
      y: CY + RADIUS * sin,
      labelX: CX + (RADIUS + r6 + 4) * cos,
      labelY: CY + (RADIUS + r6 + 4) * sin + (anchor === 'middle' ? (sin > 0 ? 10 : -4) : 4),
      anchor,
    };
  });
  return (
    <section className="panel" aria-labelledby="graph-heading">
      <h2 id="graph-heading">Appears with</h2>
      {related === null && <p>The neighbourhood is unavailable just now.</p>}
      {related !== null && neighbours.length === 0 && <p>No other entity shares an article with {entity.name} yet.</p>}
      {neighbours.length > 0 && (
        <svg className="graph" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby="graph-heading">
          {placed.map((n) => (
            <line key={`edge-${n.entity.id}`} x1={CX} y1={CY} x2={n.x} y2={n.y} className="edge"
              strokeWidth={1 + (4 * n.articleCount) / most} />
          ))}
          <g className={`node centre type-${entity.type}`} data-node-id={entity.id}>
            <circle cx={CX} cy={CY} r={14} />
            <text x={CX} y={CY + 30} textAnchor="middle">{entity.name}</text>
          </g>
          {placed.map((n) => (
            <a key={n.entity.id} href={entityHref(n.entity.id)} className={`node type-${n.entity.type}`} data-node-id={n.entity.id}
              aria-label={`${n.entity.name}, ${ENTITY_TYPE_LABEL[n.entity.type]}, ${n.articleCount} shared ${n.articleCount === 1 ? 'article' : 'articles'}`}>
              <circle cx={n.x} cy={n.y} r={n.radius} />
              <text x={n.labelX} y={n.labelY} textAnchor={n.anchor}>{n.entity.name}</text>
            </a>
          ))}
        </svg>
      )}
    </section>
  );
}


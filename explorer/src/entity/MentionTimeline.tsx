interface Props {
  name: string;
  articles: ReadonlyArray<{ id: string; publishedAt: string | null; ingestedAt: string }>;
}

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { left: 32, right: 8, top: 12, bottom: 28 };

/** Articles mentioning the entity per month, as a bar chart (plain SVG) with a text summary for screen readers. */
export function MentionTimeline({ name, articles }: Props) {
  const months = monthlyCounts(articles);
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, months.length);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const busiest = months.reduce((a, b) => (b.count > a.count ? b : a), months[0]);
  const summary =
    months.length === 0
      ? `No dated article mentions ${name} yet.`
      : `${articles.length} articles mentioning ${name} from ${months[0].label} to ${months[months.length - 1].label}; most in ${busiest.label} (${busiest.count}).`;
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <p id="timeline-summary">{summary}</p>
      {months.length > 0 && (
        <svg className="timeline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-heading timeline-summary">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} className="axis" />
          <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" className="tick">{max}</text>
          <text x={PAD.left - 6} y={HEIGHT - PAD.bottom} textAnchor="end" className="tick">0</text>
          {months.map((month, i) => {
            const h = (month.count / max) * plotHeight;
            const x = PAD.left + i * slot;
            return (
              <g key={month.key}>
                <rect x={x + slot * 0.15} width={Math.max(1, slot * 0.7)} y={HEIGHT - PAD.bottom - h} height={h} className="bar">
                  <title>{`${month.label}: ${month.count}`}</title>
                </rect>
                {(i === 0 || i === months.length - 1 || months.length <= 12) && (
                  <text x={x + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="tick">{month.short}</text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </section>
  );
}

/** Every month from the first article to the last (empty months included), with its article count. */
function monthlyCounts(articles: Props['articles']) {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const key = (article.publishedAt ?? article.ingestedAt).slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return [];
  const months = [];
  for (let [y, m] = keys[0].split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= keys[keys.length - 1]; m === 12 ? (y++, (m = 1)) : m++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const date = new Date(Date.UTC(y, m - 1, 1));
    months.push({
      key,
      count: counts.get(key) ?? 0,
      label: date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      short: date.toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
    });
  }
  return months;
}

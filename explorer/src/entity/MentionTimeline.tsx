interface Props {
  name: string;
  articles: ReadonlyArray<{ id: string; publishedAt: string | null; ingestedAt: string }>;
}

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { left: 32, right: 8, top: 12, bottom: 28 };

/**
 * Articles mentioning the entity per month (per year over more than three years), as a bar chart in plain
 * SVG with a text summary for screen readers.
 */
export function MentionTimeline({ name, articles }: Props) {
  const periods = periodCounts(articles);
  const max = Math.max(1, ...periods.map((m) => m.count));
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, periods.length);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const busiest = periods.reduce((a, b) => (b.count > a.count ? b : a), periods[0]);
  const summary =
    periods.length === 0
      ? `No dated article mentions ${name} yet.`
      : `${articles.length} articles mentioning ${name} from ${periods[0].label} to ${periods[periods.length - 1].label}; most in ${busiest.label} (${busiest.count}).`;
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <p id="timeline-summary">{summary}</p>
      {periods.length > 0 && (
        <svg className="timeline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-heading timeline-summary">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} className="axis" />
          <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" className="tick">{max}</text>
          <text x={PAD.left - 6} y={HEIGHT - PAD.bottom} textAnchor="end" className="tick">0</text>
          {periods.map((period, i) => {
            const h = (period.count / max) * plotHeight;
            const x = PAD.left + i * slot;
            return (
              <g key={period.key}>
                <rect x={x + slot * 0.15} width={Math.max(1, slot * 0.7)} y={HEIGHT - PAD.bottom - h} height={h} className="bar">
                  <title>{`${period.label}: ${period.count}`}</title>
                </rect>
                {(i === 0 || i === periods.length - 1 || periods.length <= 12) && (
                  <text x={x + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="tick">{period.short}</text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </section>
  );
}

/** Every month (or year) from the first article to the last, empty ones included, with its article count. */
function periodCounts(articles: Props['articles']) {
  const dates = articles.map((a) => a.publishedAt ?? a.ingestedAt).sort();
  if (dates.length === 0) return [];
  const first = new Date(dates[0]);
  const last = new Date(dates[dates.length - 1]);
  const spanMonths = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
  const yearly = spanMonths > 36;
  const keyOf = (iso: string) => iso.slice(0, yearly ? 4 : 7);
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(keyOf(date), (counts.get(keyOf(date)) ?? 0) + 1);
  const periods = [];
  const cursor = new Date(Date.UTC(first.getUTCFullYear(), yearly ? 0 : first.getUTCMonth(), 1));
  while (cursor <= last) {
    const key = keyOf(cursor.toISOString());
    periods.push({
      key,
      count: counts.get(key) ?? 0,
      label: yearly ? key : cursor.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      short: yearly ? key : cursor.toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
    });
    if (yearly) cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
    else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return periods;
}

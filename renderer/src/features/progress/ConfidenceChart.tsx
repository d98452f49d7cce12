import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ConfidenceTrend, TrendGrain } from '../../../../shared/domain/progress/trend';
import { ChartFrame } from './ChartFrame';
import { ChartTable } from './ChartTable';
import { formatAverage, plural, trendPointLabels } from './format';

interface Props {
  trend: ConfidenceTrend;
  /** What the line is about, e.g. "all questions" or a category. */
  subject: string;
}

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', borderRadius: 8 };

const unit: Record<TrendGrain, { one: string; caption: string; header: string }> = {
  session: { one: 'session', caption: 'each session', header: 'Session' },
  day: { one: 'day', caption: 'each day you practised', header: 'Day' },
  week: { one: 'week', caption: 'each week', header: 'Week' },
  month: { one: 'month', caption: 'each month', header: 'Month' },
};

/**
 * Average confidence (line, 1–5; the counted rating of docs/ratings.md) per
 * session, day, week or month over the number of rated answers behind it
 * (faint bars), with the same points as a table. Weeks and months without
 * practice are gaps, not zeros; sessions and days without practice are not points.
 */
export function ConfidenceChart({ trend, subject }: Props) {
  const { grain, points } = trend;
  const rated = points.filter((p) => p.rated > 0);
  if (rated.length === 0) {
    return (
      <p className="empty-state">
        No rated answers for {subject} in this period yet. Each session you practise adds a point here —{' '}
        <a href="#/practice">start a mock interview</a>.
      </p>
    );
  }
  const spansYears = points[0]!.day.slice(0, 4) !== points.at(-1)!.day.slice(0, 4);
  const data = points.map((p) => ({ ...p, label: trendPointLabels(p, grain, spansYears).short }));
  // Looked up by the tick's value (the point's key): the formatter's index counts the ticks drawn, which
  // minTickGap thins out, so indexing the data by it put early points' dates under later points.
  const labelOf = new Map(data.map((p) => [p.key, p.label]));
  const u = unit[grain];
  return (
    <figure className="progress-chart">
      <ChartFrame>
        <ComposedChart
          responsive
          style={{ width: '100%', height: 280 }}
          data={data}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--border)" strokeOpacity={0.4} vertical={false} />
          <XAxis
            dataKey="key"
            tickFormatter={(key: string) => labelOf.get(key) ?? ''}
            tick={{ fill: 'var(--text-muted)' }}
            stroke="var(--border)"
            minTickGap={16}
          />
          <YAxis
            yAxisId="avg"
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            tick={{ fill: 'var(--text-muted)' }}
            stroke="var(--border)"
            width={32}
          />
          {/* Three times the tallest point, so the count bars stay in the lower third, under the line. */}
          <YAxis yAxisId="count" orientation="right" domain={[0, (max: number) => max * 3]} hide />
          <Tooltip
            contentStyle={tooltipStyle}
            labelStyle={{ color: 'var(--text)' }}
            formatter={(value, name) =>
              name === 'average' ? [formatAverage(value as number), 'Average confidence'] : [value, 'Rated answers']
            }
            labelFormatter={(_, payload) => {
              const p = payload[0]?.payload as (typeof data)[number] | undefined;
              return p ? trendPointLabels(p, grain).full : '';
            }}
          />
          <Bar yAxisId="count" dataKey="rated" fill="var(--accent)" fillOpacity={0.18} isAnimationActive={false} />
          <Line
            yAxisId="avg"
            dataKey="average"
            stroke="var(--accent)"
            strokeWidth={2.5}
            dot={{ r: 3, fill: 'var(--accent)' }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ChartFrame>
      <figcaption className="muted">
        Line: average confidence (1–5) for {u.caption}. Bars: how many rated answers it is based on.
      </figcaption>
      <ChartTable
        caption={`Average confidence for ${subject}, ${u.caption}`}
        headers={[u.header, 'Average confidence', 'Rated answers']}
        rows={rated.map((p) => [trendPointLabels(p, grain).full, formatAverage(p.average), p.rated])}
      />
      <p className="visually-hidden">
        {plural(rated.length, u.one)} with practice; the latest average is {formatAverage(rated.at(-1)!.average)} from{' '}
        {plural(rated.at(-1)!.rated, 'answer')}.
      </p>
    </figure>
  );
}

import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekPoint } from '../../../../shared/domain/progress/dashboard';
import { ChartTable } from './ChartTable';
import { formatAverage, plural, weekLabel, weekRangeLabel } from './format';

interface Props {
  weeks: WeekPoint[];
  /** What the line is about, e.g. "all questions" or a category. */
  subject: string;
}

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', borderRadius: 8 };

/**
 * Weekly average confidence (line, 1–5) over the number of rated answers
 * behind it (faint bars), with the same figures as a table. Weeks without
 * practice are gaps, not zeros.
 */
export function ConfidenceChart({ weeks, subject }: Props) {
  const rated = weeks.filter((w) => w.rated > 0);
  if (rated.length === 0) {
    return (
      <p className="empty-state">
        No rated answers for {subject} in this period yet. Each week you practise adds a point here —{' '}
        <a href="#/practice">start a mock interview</a>.
      </p>
    );
  }
  const spansYears = weeks[0]!.week.slice(0, 4) !== weeks.at(-1)!.week.slice(0, 4);
  const data = weeks.map((w) => ({ ...w, label: weekLabel(w.week, spansYears) }));
  return (
    <figure className="progress-chart">
      <ComposedChart
        responsive
        style={{ width: '100%', height: 280 }}
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        accessibilityLayer={false}
        aria-hidden
      >
        <CartesianGrid stroke="var(--border)" strokeOpacity={0.4} vertical={false} />
        <XAxis dataKey="label" tick={{ fill: 'var(--text-muted)' }} stroke="var(--border)" minTickGap={16} />
        <YAxis
          yAxisId="avg"
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          tick={{ fill: 'var(--text-muted)' }}
          stroke="var(--border)"
          width={32}
        />
        {/* Three times the tallest week, so the count bars stay in the lower third, under the line. */}
        <YAxis yAxisId="count" orientation="right" domain={[0, (max: number) => max * 3]} hide />
        <Tooltip
          contentStyle={tooltipStyle}
          labelStyle={{ color: 'var(--text)' }}
          formatter={(value, name) =>
            name === 'average' ? [formatAverage(value as number), 'Average confidence'] : [value, 'Rated answers']
          }
          labelFormatter={(_, payload) => (payload[0] ? weekRangeLabel((payload[0].payload as WeekPoint).week) : '')}
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
      <figcaption className="muted">Line: average confidence (1–5) each week. Bars: how many rated answers it is based on.</figcaption>
      <ChartTable
        caption={`Weekly average confidence for ${subject}`}
        headers={['Week', 'Average confidence', 'Rated answers']}
        rows={rated.map((w) => [weekRangeLabel(w.week), formatAverage(w.average), w.rated])}
      />
      <p className="visually-hidden">
        {plural(rated.length, 'week')} with practice; the latest average is {formatAverage(rated.at(-1)!.average)} from{' '}
        {plural(rated.at(-1)!.rated, 'answer')}.
      </p>
    </figure>
  );
}

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekActivity } from '../../../../shared/domain/progress/dashboard';
import { ChartFrame } from './ChartFrame';
import { ChartTable } from './ChartTable';
import { weekLabel, weekRangeLabel } from './format';

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', borderRadius: 8 };

/** Mock interviews per week (sessions with at least one answer), with a table alternative. */
export function ActivityChart({ weeks }: { weeks: WeekActivity[] }) {
  if (weeks.every((w) => w.sessions === 0)) {
    return <p className="empty-state">No mock interviews in this period yet.</p>;
  }
  const spansYears = weeks[0]!.week.slice(0, 4) !== weeks.at(-1)!.week.slice(0, 4);
  const data = weeks.map((w) => ({ ...w, label: weekLabel(w.week, spansYears) }));
  return (
    <figure className="progress-chart">
      <ChartFrame>
        <BarChart responsive style={{ width: '100%', height: 200 }} data={data} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeOpacity={0.4} vertical={false} />
          <XAxis dataKey="label" tick={{ fill: 'var(--text-muted)' }} stroke="var(--border)" minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fill: 'var(--text-muted)' }} stroke="var(--border)" width={32} />
          <Tooltip
            contentStyle={tooltipStyle}
            cursor={{ fill: 'var(--surface-raised)' }}
            formatter={(value) => [value, 'Mock interviews']}
            labelFormatter={(_, payload) => (payload[0] ? weekRangeLabel((payload[0].payload as WeekActivity).week) : '')}
          />
          <Bar dataKey="sessions" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <ChartTable
        caption="Mock interviews and answers per week"
        headers={['Week', 'Mock interviews', 'Answers']}
        rows={weeks.filter((w) => w.sessions > 0 || w.answers > 0).map((w) => [weekRangeLabel(w.week), w.sessions, w.answers])}
      />
    </figure>
  );
}

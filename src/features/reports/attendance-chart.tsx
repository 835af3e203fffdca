// A small line chart of a group's attendance over the term (one point per held session), drawn with
// uPlot on a canvas. This module is loaded only when the group report opens (React.lazy), so uPlot never
// weighs on the learner's pages. The canvas is hidden from screen readers; the same figures are in a
// table beside it.
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import { TableScroll, useDateFormat, useRateFormat } from '@/features/reports/report-ui';

export type ChartPoint = { startsAt: string; rate: number | null };

/** Height of the plot in CSS px: enough for 0–100 % in steps of 20 on a phone. */
const CHART_HEIGHT = 220;
/** Session dates get a tick each up to this many; short dates (dd.mm) of 8 fit a 320 px phone. */
const MAX_DATE_TICKS = 8;

function cssColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

export function AttendanceChart({ points, caption }: { points: readonly ChartPoint[]; caption: string }) {
  const { t } = useTranslation('reports');
  const box = useRef<HTMLDivElement>(null);
  const longDate = useDateFormat('long');
  const shortDate = useDateFormat('short');
  const rate = useRateFormat();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const text = cssColor('--color-text', '#1b1b1b');
    const line = cssColor('--color-primary', '#1b4965');
    const grid = cssColor('--color-border', '#6b6b6b');
    const font = `${getComputedStyle(element).fontSize} ${getComputedStyle(document.body).fontFamily}`;
    const xs = points.map((point) => new Date(point.startsAt).getTime() / 1000);
    const ys = points.map((point) => (point.rate === null ? null : Math.round(point.rate * 1000) / 10));
    const axis = { stroke: text, font, grid: { stroke: grid, width: 0.5 }, ticks: { stroke: grid } };
    const chart = new uPlot(
      {
        width: Math.max(200, element.clientWidth),
        height: CHART_HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: true }, y: { range: [0, 100] } },
        axes: [
          {
            ...axis,
            // A tick on each session's date while they fit; uPlot's own ticks for a long term.
            splits: xs.length <= MAX_DATE_TICKS ? () => xs : undefined,
            values: (_self, ticks) => ticks.map((tick) => shortDate(new Date(tick * 1000).toISOString())),
          },
          { ...axis, values: (_self, ticks) => ticks.map((tick) => `${tick}%`), size: 60 },
        ],
        series: [{}, { stroke: line, width: 3, points: { size: 9, fill: line, stroke: line } }],
      },
      [xs, ys],
      element,
    );
    const observer = new ResizeObserver(() => {
      chart.setSize({ width: Math.max(200, element.clientWidth), height: CHART_HEIGHT });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [points, shortDate]);

  return (
    <figure className="attendance-chart">
      <figcaption id="chart-caption">{caption}</figcaption>
      <div ref={box} className="attendance-chart__plot" aria-hidden="true" data-testid="attendance-chart" />
      <details>
        <summary>{t('chart.tableSummary')}</summary>
        <TableScroll captionId="chart-table-caption">
          <table className="report-table">
            <caption id="chart-table-caption">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.date')}</th>
                <th scope="col">{t('table.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.startsAt}>
                  <th scope="row">{longDate(point.startsAt)}</th>
                  <td className="number">{rate(point.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}

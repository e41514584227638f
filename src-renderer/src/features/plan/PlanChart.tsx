// Monthly cost against requests per day: pay-as-you-go lines, plans flat until they stop fitting,
// break-even points and your workload. The ranked tables carry every figure in text.
import {
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { formatMoney } from '../../../../src-shared/format-money.ts';
import { colorAt, PALETTE, type ThemeColors, ThemedChart } from '../../ui/chart/ThemedChart.tsx';
import type { PlanChartData } from './chart-data.ts';

Chart.register(ScatterController, LineElement, PointElement, LinearScale, Legend, Tooltip);

/** Plans past the palette's length are told apart by their dashes as well. */
const DASHES = [
  [8, 4],
  [3, 3],
  [12, 3, 3, 3],
];
const MARK_COLOR = '#e03131';

type Dataset = ChartDataset<'scatter'>;

function datasets(data: PlanChartData, colors: ThemeColors): Dataset[] {
  const payg: Dataset[] = data.payg.map((line, index) => ({
    label: line.label,
    data: line.points,
    showLine: true,
    borderColor: colorAt(index),
    backgroundColor: colorAt(index),
    borderWidth: 2,
    pointStyle: 'line',
    pointRadius: 0,
    pointHitRadius: 6,
  }));
  const plans: Dataset[] = data.plans.map((line, index) => ({
    label: line.unknown ? `${line.label}, size unknown` : line.label,
    data: line.points,
    showLine: true,
    borderColor: colorAt(data.payg.length + index),
    backgroundColor: colorAt(data.payg.length + index),
    borderDash: line.unknown
      ? [2, 4]
      : (DASHES[Math.floor((data.payg.length + index) / PALETTE.length) % DASHES.length] ?? [8, 4]),
    borderWidth: 2,
    pointStyle: 'line',
    pointRadius: 0,
    pointHitRadius: 6,
  }));
  const marks: Dataset[] = [];
  const stops = data.plans.flatMap((line) =>
    line.stopsAt === null
      ? []
      : [{ x: line.stopsAt, y: line.points[1].y, label: `${line.label} stops fitting` }],
  );
  if (stops.length > 0)
    marks.push({
      label: 'Stops fitting',
      data: stops,
      pointStyle: 'rectRot',
      pointRadius: 6,
      borderColor: colors.text,
      backgroundColor: colors.text,
    });
  if (data.breakEvens.length > 0)
    marks.push({
      label: 'Break-even',
      data: data.breakEvens,
      pointStyle: 'crossRot',
      pointRadius: 9,
      pointBorderWidth: 3,
      borderColor: MARK_COLOR,
      backgroundColor: MARK_COLOR,
    });
  if (data.workload.length > 0)
    marks.push({
      label: 'Your workload',
      data: data.workload,
      pointStyle: 'triangle',
      pointRadius: 8,
      borderColor: colors.text,
      backgroundColor: colors.text,
    });
  return [...marks, ...payg, ...plans];
}

export function chartConfiguration(data: PlanChartData, colors: ThemeColors): ChartConfiguration<'scatter'> {
  return {
    type: 'scatter',
    data: { datasets: datasets(data, colors) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: colors.text,
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            color: colors.text,
            boxWidth: 24,
            boxHeight: 10,
            usePointStyle: true,
            font: { size: 11 },
          },
        },
        tooltip: {
          callbacks: {
            label: (item) => {
              const point = item.raw as { label?: string };
              const name = point.label ?? item.dataset.label ?? '';
              return `${name}: ${formatMoney(item.parsed.y ?? 0)} a month at ${Math.round(item.parsed.x ?? 0).toLocaleString('en-US')} requests a day`;
            },
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: data.xMax,
          title: { display: true, text: 'Requests per day', color: colors.text },
          ticks: { color: colors.text, callback: (value) => Number(value).toLocaleString('en-US') },
          grid: { color: colors.grid },
        },
        y: {
          beginAtZero: true,
          title: { display: true, text: 'USD per month', color: colors.text },
          ticks: { color: colors.text, callback: (value) => formatMoney(Number(value)) },
          grid: { color: colors.grid },
          border: { display: false },
        },
      },
    },
  };
}

interface PlanChartProps {
  data: PlanChartData;
  label: string;
}

export function PlanChart({ data, label }: PlanChartProps) {
  return (
    // Each legend entry needs room: the plot keeps its height however many plans there are.
    <ThemedChart
      className="plan-chart"
      data={data}
      configure={chartConfiguration}
      label={label}
      tables="above"
      style={{ height: 300 + 12 * (data.payg.length + data.plans.length) }}
    />
  );
}

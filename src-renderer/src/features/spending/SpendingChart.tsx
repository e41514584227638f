// The spending chart: one bar per day or month, stacked by provider or model, in estimated USD.
// Chart.js draws on a canvas; the tables under it carry every figure for those who cannot see it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { formatMoney } from '../../../../src-shared/format-money.ts';
import { colorAt, OTHER_COLOR, type ThemeColors, ThemedChart } from '../../ui/chart/ThemedChart.tsx';
import { type ChartData, formatPeriod, OTHER_SERIES } from './spending-view.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface SpendingChartProps {
  data: ChartData;
  /** The chart's accessible name: what it shows and where its figures are in text. */
  label: string;
}

function configuration(data: ChartData, colors: ThemeColors): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: data.periods.map((period) => formatPeriod(period, 'short')),
      datasets: data.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: series.key === OTHER_SERIES ? OTHER_COLOR : colorAt(index),
        maxBarThickness: 48,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: colors.text,
      plugins: {
        legend: { position: 'bottom', labels: { color: colors.text, boxWidth: 12, boxHeight: 12 } },
        tooltip: {
          callbacks: {
            title: (items) => formatPeriod(data.periods[items[0]?.dataIndex ?? 0] ?? ''),
            label: (item) => `${item.dataset.label ?? ''}: ${formatMoney(item.parsed.y ?? 0)}`,
          },
        },
      },
      scales: {
        x: {
          stacked: true,
          // Level labels, every other one left out where they would collide.
          ticks: { color: colors.text, maxRotation: 0, autoSkipPadding: 12 },
          grid: { display: false },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: { color: colors.text, callback: (value) => formatMoney(Number(value)) },
          grid: { color: colors.grid },
          border: { display: false },
        },
      },
    },
  };
}

export function SpendingChart({ data, label }: SpendingChartProps) {
  return (
    <ThemedChart className="sp-chart" data={data} configure={configuration} label={label} tables="below" />
  );
}

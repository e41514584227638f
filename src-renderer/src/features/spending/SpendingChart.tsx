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
import { useEffect, useRef } from 'react';
import { formatMoney } from '../../../../src-shared/format-money.ts';
import { type ChartData, formatPeriod, OTHER_SERIES } from './spending-view.ts';
import { type ThemeColors, useThemeColors } from './use-theme-colors.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Mid-tone colours that read on the light and the dark panel alike; grey is kept for "Other". */
const PALETTE = ['#4c6ef5', '#f59f00', '#2f9e44', '#e8590c', '#ae3ec9', '#1098ad', '#d6336c'];
const OTHER_COLOR = '#868e96';

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
        backgroundColor:
          series.key === OTHER_SERIES ? OTHER_COLOR : (PALETTE[index % PALETTE.length] ?? OTHER_COLOR),
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
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colors = useThemeColors(boxRef);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !colors) return;
    const chart = new Chart(canvas, configuration(data, colors));
    return () => chart.destroy();
  }, [data, colors]);
  return (
    <div className="sp-chart" ref={boxRef}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}

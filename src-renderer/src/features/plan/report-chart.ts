// The chart drawn again for the exported report: on white with dark text whatever the window's theme,
// at a fixed size, so the PNG reads in any Markdown viewer.
import { Chart, type Plugin } from 'chart.js';
import { MAX_CHART_PNG_DATA_URL } from '../../../../src-shared/plan.ts';
import type { PlanChartData } from './chart-data.ts';
import { chartConfiguration } from './PlanChart.tsx';

const REPORT_COLORS = { text: '#343a40', grid: '#dee2e6' };
const WIDTH = 1000;
const HEIGHT = 600;

const whiteBackground: Plugin<'scatter'> = {
  id: 'report-white-background',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** The chart as a PNG data URL, or undefined when it cannot be drawn or is too large to send. */
export function reportChartPng(data: PlanChartData): string | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const configuration = chartConfiguration(data, REPORT_COLORS);
  configuration.options = { ...configuration.options, responsive: false, devicePixelRatio: 1 };
  configuration.plugins = [whiteBackground];
  let chart: Chart<'scatter'> | null = null;
  try {
    chart = new Chart(canvas, configuration);
    const url = canvas.toDataURL('image/png');
    return url.length <= MAX_CHART_PNG_DATA_URL && url.startsWith('data:image/png;base64,') ? url : undefined;
  } catch {
    return undefined;
  } finally {
    chart?.destroy();
  }
}

// A Chart.js canvas drawn in the theme's colours: built again when its data or the theme changes.
// Chart.js draws on a canvas; the pages' tables carry every figure for those who cannot see it.
import type { ChartConfiguration, ChartType } from 'chart.js';
import { Chart } from 'chart.js';
import { type CSSProperties, useEffect, useRef } from 'react';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import './chart.css';
import { type ThemeColors, useThemeColors } from './use-theme-colors.ts';

/** Mid-tone colours that read on the light and the dark panel alike. */
export const PALETTE = [
  '#4c6ef5',
  '#f59f00',
  '#2f9e44',
  '#e8590c',
  '#ae3ec9',
  '#1098ad',
  '#d6336c',
  '#74b816',
  '#7048e8',
  '#a61e4d',
  '#0ca678',
  '#868e96',
];
/** Grey, kept for "Other" and as the fallback. */
export const OTHER_COLOR = '#868e96';
export const colorAt = (index: number) => PALETTE[index % PALETTE.length] ?? OTHER_COLOR;

export type { ThemeColors };

interface ThemedChartProps<Type extends ChartType, Data> {
  data: Data;
  /** Module-level (stable): the chart is rebuilt only when data or colours change. */
  configure: (data: Data, colors: ThemeColors) => ChartConfiguration<Type>;
  /** The chart's accessible name: what it shows and where its figures are in text. */
  label: string;
  className: string;
  style?: CSSProperties;
  /** Where the page's tables with every figure are, for the line shown if the chart cannot draw. */
  tables: 'above' | 'below';
}

/** A chart that cannot draw leaves the figures in the tables, and the page working. */
export function ThemedChart<Type extends ChartType, Data>(props: ThemedChartProps<Type, Data>) {
  return (
    <ErrorBoundary
      fallback={(error) => (
        <p className="form-error" role="alert">
          The chart could not be drawn ({error.message}); the tables {props.tables} have every figure.
        </p>
      )}
    >
      <ChartCanvas {...props} />
    </ErrorBoundary>
  );
}

function ChartCanvas<Type extends ChartType, Data>({
  data,
  configure,
  label,
  className,
  style,
}: ThemedChartProps<Type, Data>) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colors = useThemeColors(boxRef);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !colors) return;
    const chart = new Chart(canvas, configure(data, colors));
    return () => chart.destroy();
  }, [data, colors, configure]);
  return (
    <div className={`themed-chart ${className}`} ref={boxRef} style={style}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}

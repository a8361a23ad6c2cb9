// A small bar chart of seven days (sleep hours or feeds). It only helps the eye: it is hidden from screen
// readers, and the page puts the same numbers in a table right after it.
interface WeekBarsProps {
  values: number[];
  labels: string[];
  /** The top of the scale; bars never overflow it. */
  max: number;
  format: (value: number) => string;
  className: string;
}

const WIDTH = 350;
const HEIGHT = 150;
const TOP = 18; // room for the value above the tallest bar
const BOTTOM = 22; // room for the day below each bar

export function WeekBars({ values, labels, max, format, className }: WeekBarsProps) {
  const slot = WIDTH / Math.max(values.length, 1);
  const barWidth = slot * 0.6;
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <svg
      className={`week-bars ${className}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
      preserveAspectRatio="xMidYMid meet"
    >
      <line className="week-bars-axis" x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
      {values.map((value, i) => {
        const height = max > 0 ? (Math.min(value, max) / max) * plot : 0;
        const x = i * slot + (slot - barWidth) / 2;
        const y = HEIGHT - BOTTOM - height;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the day's place in the week is its identity
          <g key={i}>
            <rect className="week-bar" x={x} y={y} width={barWidth} height={height} rx="3" />
            <text x={x + barWidth / 2} y={y - 4} textAnchor="middle">
              {value > 0 ? format(value) : "–"}
            </text>
            <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle">
              {labels[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

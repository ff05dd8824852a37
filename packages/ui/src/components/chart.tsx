import { useId } from "react";
import "./chart.css";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "./table.tsx";

export type ChartSeries = { name: string; values: readonly (number | null)[] };

export type ChartProps = {
  /** The visible title of the figure. */
  title: string;
  /** What the chart shows, in a sentence, for screen readers (the image's name). */
  description: string;
  /** The labels along the x axis, one per value of each series. */
  categories: readonly string[];
  series: readonly ChartSeries[];
  xAxisLabel: string;
  yAxisLabel: string;
  /** The top of the y axis; by default a round number above the largest value. */
  yMax?: number;
  formatValue?: (value: number) => string;
  /** The text that opens the table of figures, and the table's caption. */
  tableLabel: string;
  /** The heading of the table's first column (what the categories are). */
  categoryHeader: string;
  /** Show the table open instead of behind a disclosure. */
  isTableOpen?: boolean;
};

const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = { top: 16, right: 16, bottom: 64, left: 64 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
/** Roughly how wide a character of the 12-unit axis font is. */
const CHAR_WIDTH = 6.5;
const TICKS = 5;

/** Colours with at least 3:1 contrast to white (WCAG 1.4.11); never the only cue. */
const COLOURS = ["#0c2d6b", "#a3361b", "#1d6b40", "#6a3d9a"];
const DASHES = [undefined, "8 4", "2 4", "12 4 2 4"];
const MARKERS = ["circle", "square", "triangle", "diamond"] as const;

/** 1, 2, 2.5, 5 or 10 times a power of ten: the smallest such number at least `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value - 1e-9)!;
  return step * power;
}

const safeId = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, "");

function Marker(props: { kind: (typeof MARKERS)[number]; x: number; y: number; colour: string }) {
  const { x, y, colour } = props;
  const common = { fill: "#ffffff", stroke: colour, strokeWidth: 2.5 };
  if (props.kind === "circle") return <circle cx={x} cy={y} r={5} {...common} />;
  if (props.kind === "square")
    return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} {...common} />;
  if (props.kind === "triangle")
    return <polygon points={`${x},${y - 6} ${x + 6},${y + 4.5} ${x - 6},${y + 4.5}`} {...common} />;
  return <polygon points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} {...common} />;
}

/** Solid, hatched, dotted or cross-hatched fill: bars differ by pattern, not by colour alone. */
function BarPattern(props: { id: string; index: number; colour: string }) {
  const { id, index, colour } = props;
  const kind = index % 4;
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} fill={kind === 0 ? colour : "#ffffff"} />
      {kind === 1 ? (
        <path d="M-2,10 L10,-2 M-2,2 L2,-2 M6,10 L10,6" stroke={colour} strokeWidth={2.5} />
      ) : null}
      {kind === 2 ? <circle cx={4} cy={4} r={2.2} fill={colour} /> : null}
      {kind === 3 ? <path d="M0,4 H8 M4,0 V8" stroke={colour} strokeWidth={2.5} /> : null}
    </pattern>
  );
}

function LegendSymbol(props: { kind: "line" | "bar"; index: number; patternId: string }) {
  const colour = COLOURS[props.index % COLOURS.length]!;
  return (
    <svg width={32} height={16} viewBox="0 0 32 16" aria-hidden="true" focusable="false">
      {props.kind === "line" ? (
        <>
          <line
            x1={0}
            y1={8}
            x2={32}
            y2={8}
            stroke={colour}
            strokeWidth={2.5}
            strokeDasharray={DASHES[props.index % DASHES.length]}
          />
          <Marker kind={MARKERS[props.index % MARKERS.length]!} x={16} y={8} colour={colour} />
        </>
      ) : (
        <rect
          x={4}
          y={1}
          width={24}
          height={14}
          fill={`url(#${props.patternId})`}
          stroke={colour}
          strokeWidth={1.5}
        />
      )}
    </svg>
  );
}

/**
 * A small chart as an SVG image, followed by the same figures as a table. The image has a name
 * that says what it shows; its axes are labelled in text; series differ by marker, line style
 * or fill pattern as well as by colour; and the table gives every number to whoever cannot see
 * or read the image.
 */
export function Chart(props: ChartProps & { kind: "line" | "bar" }) {
  const baseId = safeId(useId());
  const format = props.formatValue ?? ((v: number) => String(v));
  const values = props.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const yMax = props.yMax ?? niceCeiling(Math.max(0, ...values));
  const band = PLOT_W / Math.max(1, props.categories.length);
  // Labels too wide for their place along the axis ("September" under twelve months) slant.
  const longest = Math.max(0, ...props.categories.map((c) => c.length)) * CHAR_WIDTH;
  const isSlanted = longest > band - 6;
  const bottom = isSlanted ? Math.min(140, 48 + longest * 0.6) : MARGIN.bottom;
  const plotHeight = HEIGHT - MARGIN.top - bottom;
  const y = (v: number) => MARGIN.top + plotHeight - (Math.min(v, yMax) / yMax) * plotHeight;
  const xCentre = (i: number) => MARGIN.left + band * (i + 0.5);
  const labelEvery = Math.ceil(props.categories.length / 12);
  const patternId = (i: number) => `${baseId}-pattern-${i}`;
  const barWidth = (band * 0.7) / Math.max(1, props.series.length);

  return (
    <figure className="engagiert-chart">
      <figcaption className="kern-title">{props.title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={props.description}
        className="engagiert-chart__image"
      >
        <defs>
          {props.kind === "bar"
            ? props.series.map((_, i) => (
                <BarPattern
                  key={i}
                  id={patternId(i)}
                  index={i}
                  colour={COLOURS[i % COLOURS.length]!}
                />
              ))
            : null}
        </defs>
        {Array.from({ length: TICKS + 1 }, (_, i) => {
          const value = (yMax / TICKS) * i;
          return (
            <g key={i}>
              <line
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={y(value)}
                y2={y(value)}
                stroke="#c0c3d5"
                strokeWidth={1}
              />
              <text
                x={MARGIN.left - 8}
                y={y(value) + 4}
                textAnchor="end"
                fontSize={12}
                fill="currentColor"
              >
                {format(Number(value.toFixed(2)))}
              </text>
            </g>
          );
        })}
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={y(0)}
          y2={y(0)}
          stroke="currentColor"
          strokeWidth={1.5}
        />
        <line
          x1={MARGIN.left}
          x2={MARGIN.left}
          y1={MARGIN.top}
          y2={y(0)}
          stroke="currentColor"
          strokeWidth={1.5}
        />
        {props.categories.map((label, i) =>
          i % labelEvery === 0 ? (
            <text
              key={i}
              x={xCentre(i)}
              y={y(0) + 20}
              textAnchor={isSlanted ? "end" : "middle"}
              transform={isSlanted ? `rotate(-40 ${xCentre(i)} ${y(0) + 20})` : undefined}
              fontSize={12}
              fill="currentColor"
            >
              {label}
            </text>
          ) : null,
        )}
        <text
          x={MARGIN.left + PLOT_W / 2}
          y={HEIGHT - 12}
          textAnchor="middle"
          fontSize={13}
          fontWeight={600}
          fill="currentColor"
        >
          {props.xAxisLabel}
        </text>
        <text
          x={16}
          y={MARGIN.top + plotHeight / 2}
          textAnchor="middle"
          fontSize={13}
          fontWeight={600}
          fill="currentColor"
          transform={`rotate(-90 16 ${MARGIN.top + plotHeight / 2})`}
        >
          {props.yAxisLabel}
        </text>
        {props.series.map((series, s) => {
          const colour = COLOURS[s % COLOURS.length]!;
          if (props.kind === "bar") {
            return (
              <g key={s}>
                {series.values.map((v, i) =>
                  v === null ? null : (
                    <rect
                      key={i}
                      x={xCentre(i) - (barWidth * props.series.length) / 2 + barWidth * s}
                      y={y(v)}
                      width={barWidth}
                      height={y(0) - y(v)}
                      fill={`url(#${patternId(s)})`}
                      stroke={colour}
                      strokeWidth={1.5}
                    />
                  ),
                )}
              </g>
            );
          }
          const points = series.values
            .map((v, i) => (v === null ? null : ([xCentre(i), y(v)] as const)))
            .filter((p) => p !== null);
          return (
            <g key={s}>
              <polyline
                points={points.map(([px, py]) => `${px},${py}`).join(" ")}
                fill="none"
                stroke={colour}
                strokeWidth={2.5}
                strokeDasharray={DASHES[s % DASHES.length]}
              />
              {points.map(([px, py], i) => (
                <Marker key={i} kind={MARKERS[s % MARKERS.length]!} x={px} y={py} colour={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      {props.series.length > 1 ? (
        <ul className="engagiert-chart__legend">
          {props.series.map((series, i) => (
            <li key={series.name}>
              <LegendSymbol kind={props.kind} index={i} patternId={patternId(i)} /> {series.name}
            </li>
          ))}
        </ul>
      ) : null}
      <ChartTable {...props} format={format} />
    </figure>
  );
}

function ChartTable(props: ChartProps & { format: (value: number) => string }) {
  const table = (
    <Table caption={props.tableLabel} isCaptionHidden={!props.isTableOpen}>
      <TableHead>
        <HeaderCell>{props.categoryHeader}</HeaderCell>
        {props.series.map((s) => (
          <HeaderCell key={s.name} isNumeric>
            {s.name}
          </HeaderCell>
        ))}
      </TableHead>
      <TableBody>
        {props.categories.map((label, i) => (
          <Row key={label}>
            <RowHeader>{label}</RowHeader>
            {props.series.map((s) => {
              const v = s.values[i];
              return (
                <Cell key={s.name} isNumeric>
                  {v === null || v === undefined ? "–" : props.format(v)}
                </Cell>
              );
            })}
          </Row>
        ))}
      </TableBody>
    </Table>
  );
  if (props.isTableOpen) return table;
  return (
    <details className="engagiert-chart__details">
      <summary className="kern-link">{props.tableLabel}</summary>
      {table}
    </details>
  );
}

export function LineChart(props: ChartProps) {
  return <Chart kind="line" {...props} />;
}

export function BarChart(props: ChartProps) {
  return <Chart kind="bar" {...props} />;
}

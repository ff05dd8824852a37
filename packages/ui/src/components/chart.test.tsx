import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, LineChart, niceCeiling, type ChartProps } from "./chart.tsx";

const base: ChartProps = {
  title: "Reifegrad je Quartal",
  description: "Liniendiagramm: Reifegrad von 20 % auf 65 % gestiegen.",
  categories: ["2026 Q1", "2026 Q2", "2026 Q3"],
  series: [{ name: "Reifegrad (%)", values: [20, null, 65] }],
  xAxisLabel: "Quartal",
  yAxisLabel: "Reifegrad in %",
  yMax: 100,
  formatValue: (v) => `${v} %`,
  tableLabel: "Zahlen als Tabelle",
  categoryHeader: "Quartal",
};

const cellsOf = (html: string) =>
  [...html.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

describe("charts", () => {
  it("is an image named by its description, with labelled axes", () => {
    const html = renderToStaticMarkup(<LineChart {...base} />);
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Liniendiagramm: Reifegrad von 20 % auf 65 % gestiegen."/,
    );
    expect(html).toContain("<figcaption");
    expect(html).toContain(">Quartal</text>");
    expect(html).toContain(">Reifegrad in %</text>");
    expect(html).toContain(">100 %</text>");
    expect(html).toContain(">2026 Q2</text>");
  });

  it("is always followed by a table of every figure, a gap shown as a dash", () => {
    const html = renderToStaticMarkup(<LineChart {...base} />);
    expect(html.indexOf("<details")).toBeGreaterThan(html.indexOf("</svg>"));
    expect(html).toMatch(/<summary[^>]*>Zahlen als Tabelle<\/summary>/);
    expect(cellsOf(html)).toEqual([
      "Quartal",
      "Reifegrad (%)",
      "2026 Q1",
      "20 %",
      "2026 Q2",
      "–",
      "2026 Q3",
      "65 %",
    ]);
    const open = renderToStaticMarkup(<LineChart {...base} isTableOpen />);
    expect(open).not.toContain("<details");
    expect(open).toMatch(/<caption class="kern-title">Zahlen als Tabelle<\/caption>/);
  });

  it("marks each point of a line, and skips a missing value", () => {
    const html = renderToStaticMarkup(<LineChart {...base} />);
    expect(html.match(/<circle/g)).toHaveLength(2);
    expect(html).toMatch(/<polyline points="[\d.]+,[\d.]+ [\d.]+,[\d.]+"/);
  });

  it("tells series apart by marker, line style and fill pattern, not by colour alone", () => {
    const two = {
      ...base,
      series: [
        { name: "Amt A", values: [10, 20, 30] },
        { name: "Amt B", values: [5, 15, 25] },
      ],
    };
    const line = renderToStaticMarkup(<LineChart {...two} />);
    // Three points per series, and one symbol each in the legend.
    expect(line.match(/<circle/g)).toHaveLength(4);
    expect(line.match(/<rect x="[^"]*" y="[^"]*" width="9"/g)).toHaveLength(4);
    expect(line).toContain('stroke-dasharray="8 4"');
    expect(line).toContain("engagiert-chart__legend");

    const bar = renderToStaticMarkup(<BarChart {...two} />);
    const patterns = [...bar.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(patterns).size).toBe(2);
    for (const id of patterns) expect(bar).toContain(`fill="url(#${id})"`);
    expect(
      bar.match(/<rect x="[^"]*" y="[^"]*" width="[^"]*" height="[^"]*" fill="url/g),
    ).toHaveLength(6 + 2);
  });

  it("slants axis labels that are too wide for their place, and keeps short ones level", () => {
    const months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"].concat([
      "September",
      "Oktober",
      "November",
      "Dezember",
    ]);
    const slanted = renderToStaticMarkup(
      <BarChart
        {...base}
        categories={months}
        series={[{ name: "Stunden", values: months.map(() => 4) }]}
      />,
    );
    expect(slanted.match(/transform="rotate\(-40 /g)).toHaveLength(12);
    expect(renderToStaticMarkup(<LineChart {...base} />)).not.toContain("rotate(-40");
  });

  it.each([
    [0, 1],
    [7, 10],
    [12, 20],
    [65, 100],
    [230, 250],
    [1001, 2000],
  ])("rounds an axis of %i up to %i", (value, expected) => {
    expect(niceCeiling(value)).toBe(expected);
  });
});

import { SHARED_METRICS } from "@engagiert/domain/network";
import type { RouterOutputs } from "@engagiert/ui/api";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { useDirectoryT } from "../directory-messages.ts";

type Figure = RouterOutputs["network"]["city"]["figures"][number];

/**
 * The figures a city shares: each figure per year, then the opportunities published per field of
 * engagement, named by the city's own categories.
 */
export function CityFigures(props: { cityName: string; figures: readonly Figure[] }) {
  const t = useDirectoryT();
  const [language] = useLanguage();
  const years = [...new Set(props.figures.map((f) => f.year))].sort((a, b) => a - b);
  const totals = props.figures.filter((f) => f.category === "");
  const byCategory = props.figures.filter((f) => f.category !== "");
  const categories = [...new Set(byCategory.map((f) => f.category))];
  const labelOf = (category: string) =>
    byCategory.find((f) => f.category === category)?.categoryLabel?.[language] ?? category;
  // A year's figures are complete: a field without a row had no opportunity that year.
  const valueOf = (list: readonly Figure[], match: (f: Figure) => boolean) =>
    formatNumber(list.find(match)?.value ?? 0, language);

  return (
    <>
      <Table caption={t("cityPage.figuresCaption", { city: props.cityName })}>
        <TableHead>
          <HeaderCell>{t("cityPage.year")}</HeaderCell>
          {years.map((year) => (
            <HeaderCell key={year} isNumeric>
              {year}
            </HeaderCell>
          ))}
        </TableHead>
        <TableBody>
          {SHARED_METRICS.map((metric) => (
            <Row key={metric}>
              <RowHeader>{t(`metric.${metric}`)}</RowHeader>
              {years.map((year) => (
                <Cell key={year} isNumeric>
                  {valueOf(totals, (f) => f.metric === metric && f.year === year)}
                </Cell>
              ))}
            </Row>
          ))}
        </TableBody>
      </Table>
      {categories.length > 0 ? (
        <Table caption={t("cityPage.byCategory")}>
          <TableHead>
            <HeaderCell>{t("cityPage.category")}</HeaderCell>
            {years.map((year) => (
              <HeaderCell key={year} isNumeric>
                {year}
              </HeaderCell>
            ))}
          </TableHead>
          <TableBody>
            {categories
              .sort((a, b) => labelOf(a).localeCompare(labelOf(b), language))
              .map((category) => (
                <Row key={category}>
                  <RowHeader>{labelOf(category)}</RowHeader>
                  {years.map((year) => (
                    <Cell key={year} isNumeric>
                      {valueOf(byCategory, (f) => f.category === category && f.year === year)}
                    </Cell>
                  ))}
                </Row>
              ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}

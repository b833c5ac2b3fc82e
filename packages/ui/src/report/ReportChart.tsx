import { statusLabel, statusValues } from "@milepael/core/lite";
import { chartSvg, type ReportChart as ReportChartModel } from "@milepael/core/report";

/** A chart of the paper: core's SVG, with the figures behind it as a table. */
export function ReportChart({
  chart,
  locale,
  id,
}: {
  chart: ReportChartModel;
  locale: "da" | "en";
  id: string;
}) {
  const da = locale === "da";
  return (
    <figure className="mp-Report-chart">
      <figcaption>{chart.title}</figcaption>
      <div
        className="mp-Report-chartImage"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: core's chartSvg escapes every text; no document markup
        dangerouslySetInnerHTML={{ __html: chartSvg(chart, locale, id) }}
      />
      <table className="mp-Report-table" data-role="chart-data">
        <caption>{da ? "Tallene bag figuren" : "The figures behind the chart"}</caption>
        <thead>
          <tr>
            <th scope="col">{da ? "Opfølgning" : "Round"}</th>
            {statusValues.map((status) => (
              <th key={status} scope="col">
                {statusLabel(status, chart.scale, locale).name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.series.map((series, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat
            <tr key={index}>
              <th scope="row">{series.label}</th>
              {statusValues.map((status) => (
                <td key={status}>{series.counts[status]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

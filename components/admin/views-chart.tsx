import { formatNumber } from "@/lib/format";

/**
 * Views per day as a server-rendered SVG bar chart: no chart library reaches the
 * browser. The table under it carries the same numbers for screen readers.
 */
export function ViewsChart({ data }: { data: { day: string; views: number }[] }) {
  const max = Math.max(1, ...data.map((d) => d.views));
  const width = 600;
  const height = 180;
  const barWidth = width / data.length;
  const label = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 22}`} className="h-auto w-full" role="img" aria-label={`Lượt xem ${data.length} ngày gần nhất, cao nhất ${formatNumber(max)} lượt/ngày`}>
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <line key={f} x1="0" x2={width} y1={height - f * height} y2={height - f * height} stroke="#e7e5e4" strokeWidth="1" />
        ))}
        {data.map((d, i) => {
          const h = (d.views / max) * (height - 4);
          return (
            <g key={d.day}>
              <rect x={i * barWidth + 2} y={height - h} width={barWidth - 4} height={h} rx="2" fill="#b3261e">
                <title>{`${label(d.day)}: ${formatNumber(d.views)} lượt xem`}</title>
              </rect>
              {i % 5 === 4 && (
                <text x={i * barWidth + barWidth / 2} y={height + 16} textAnchor="middle" fontSize="11" fill="#5b636d">
                  {label(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">
        <table>
          <caption>Lượt xem theo ngày</caption>
          <tbody>
            {data.map((d) => (
              <tr key={d.day}>
                <th scope="row">{label(d.day)}</th>
                <td>{d.views}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

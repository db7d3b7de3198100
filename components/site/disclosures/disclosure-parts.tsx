import Link from "next/link";
import type { BudgetGrid, DisclosureFileView, DisclosureView } from "@/db/disclosures";
import { formatDay, formatNumber } from "@/lib/format";

const fileKind = (f: DisclosureFileView) => (f.mimeType === "application/pdf" ? "PDF" : "XLSX");

export function FileLinks({ files }: { files: DisclosureFileView[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5">
      {files.map((f) => (
        <li key={f.url}>
          <a href={f.url} className="text-brand-700 underline">
            {f.label}
          </a>{" "}
          <span className="text-xs text-muted">
            ({fileKind(f)}, {formatNumber(Math.max(1, Math.round(f.size / 1024)))} KB)
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Years × stages. A stage not yet published says so: readers see what is missing. */
export function BudgetGridTable({ grid }: { grid: BudgetGrid }) {
  if (grid.years.length === 0) return <p className="text-muted">Chưa công bố báo cáo ngân sách nào.</p>;
  const stages = grid.rows[0]!.cells.map((c) => c.stage);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] border-collapse text-left text-sm">
        <caption className="sr-only">Công khai ngân sách theo năm và giai đoạn</caption>
        <thead>
          <tr className="bg-stone-50">
            <th scope="col" className="border border-stone-200 p-2">Năm</th>
            {stages.map((s) => (
              <th key={s.key} scope="col" className="border border-stone-200 p-2">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.year}>
              <th scope="row" className="border border-stone-200 p-2 text-base">
                {row.year}
              </th>
              {row.cells.map(({ stage, report }) => (
                <td key={stage.key} className="border border-stone-200 p-2 align-top" data-stage={stage.key}>
                  {report ? (
                    <>
                      <span className="block font-medium">{report.title}</span>
                      <span className="block text-xs text-muted">Công bố {formatDay(report.publishedOn)}</span>
                      <FileLinks files={report.files} />
                      {report.link && (
                        <a href={report.link} rel="noopener" className="text-brand-700 underline">
                          Văn bản công bố<span className="sr-only"> {report.title}</span>
                        </a>
                      )}
                    </>
                  ) : (
                    <span className="italic text-muted">Chưa công bố</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const money = (value: number | null) => (value === null ? "—" : `${formatNumber(value)} đồng`);
const period = (d: DisclosureView) => [d.startDate && `từ ${formatDay(d.startDate)}`, d.endDate && `đến ${formatDay(d.endDate)}`].filter(Boolean).join(" ") || "—";

/** Projects or procurement notices: name, investor, value, dates, status, files, link. */
export function DisclosureTable({ items, caption }: { items: DisclosureView[]; caption: string }) {
  if (items.length === 0) return <p className="text-muted">Chưa có thông tin công khai.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">Tên</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Chủ đầu tư</th>
            <th scope="col" className="py-2 pr-3 text-right font-semibold">Giá trị</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Thời gian</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Tình trạng</th>
            <th scope="col" className="py-2 font-semibold">Công bố</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {items.map((d) => (
            <tr key={d.id} className="align-top">
              <td className="py-2 pr-3">
                <span className="font-medium">{d.title}</span>
                <FileLinks files={d.files} />
                {d.link && (
                  <a href={d.link} rel="noopener" className="text-brand-700 underline">
                    Thông tin chi tiết<span className="sr-only">: {d.title}</span>
                  </a>
                )}
              </td>
              <td className="py-2 pr-3">{d.investor || "—"}</td>
              <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{money(d.valueVnd)}</td>
              <td className="py-2 pr-3">{period(d)}</td>
              <td className="py-2 pr-3">{d.status || "—"}</td>
              <td className="whitespace-nowrap py-2">{formatDay(d.publishedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DisclosureNav({ current }: { current: "budget" | "project" | "procurement" }) {
  const items = [
    { key: "budget", href: "/cong-khai-ngan-sach", label: "Ngân sách" },
    { key: "project", href: "/cong-khai-ngan-sach/du-an", label: "Dự án đầu tư" },
    { key: "procurement", href: "/cong-khai-ngan-sach/dau-thau", label: "Đấu thầu, mua sắm công" },
  ];
  return (
    <nav aria-label="Các mục công khai" className="mb-4 flex flex-wrap gap-2 text-sm">
      {items.map((item) =>
        item.key === current ? (
          <span key={item.key} aria-current="page" className="rounded bg-brand-600 px-3 py-1.5 font-semibold text-white">
            {item.label}
          </span>
        ) : (
          <Link key={item.key} href={item.href} className="rounded border border-stone-300 px-3 py-1.5 hover:border-brand-600 hover:text-brand-700">
            {item.label}
          </Link>
        ),
      )}
    </nav>
  );
}

export function DisclosureDataLinks({ kind }: { kind: "ngan-sach" | "du-an" | "dau-thau" }) {
  return (
    <p className="mt-4 text-sm text-muted">
      Dữ liệu mở:{" "}
      <a href={`/cong-khai-ngan-sach.json?loai=${kind}`} className="text-brand-700 underline">
        JSON
      </a>
      {" · "}
      <a href={`/cong-khai-ngan-sach.csv?loai=${kind}`} className="text-brand-700 underline">
        CSV
      </a>
    </p>
  );
}

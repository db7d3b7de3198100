import { addDays, mondayOf } from "@/lib/schedule-week";
import { slugify } from "@/lib/slug";
import { vietnamDay } from "@/lib/format";
import type { Transaction } from "../client";
import { disclosureFiles, disclosures, procedures, scheduleEntries, scheduleEntryChanges, scheduleEntryLeaders } from "../schema";

/**
 * Demo content of the government-information sections on every site: two weeks of the
 * leaders' schedule (this week and next, one entry changed and one cancelled), 20
 * procedures across fields, a budget grid of two years with one stage not yet published,
 * and a few projects and procurement notices. Names and numbers are invented.
 */

const LEADER_NAMES = [
  ["Nguyễn Văn Thành", "Trần Thị Mai", "Lê Quang Huy"],
  ["Phạm Đức Long", "Vũ Thị Hạnh", "Đỗ Minh Khoa"],
  ["Hoàng Văn Bình", "Ngô Thị Thu", "Bùi Anh Tuấn"],
  ["Đinh Công Sơn", "Lý Thị Ngọc", "Phan Văn Đạt"],
];

type Leader = { name: string; position: string; slug: string };

function leadersOf(index: number, unit: string): Leader[] {
  const names = LEADER_NAMES[index % LEADER_NAMES.length]!;
  const positions = [`Chủ tịch ${unit}`, `Phó Chủ tịch ${unit}`, `Phó Chủ tịch ${unit}`];
  return names.map((name, i) => ({ name, position: positions[i]!, slug: slugify(name, 80) }));
}

type DemoEntry = { dayOffset: number; start: string; end?: string; leaders: number[]; content: string; place: string; chair?: number; participants: string; preparingUnit: string; note?: string };

const WEEK_ENTRIES: DemoEntry[] = [
  { dayOffset: 0, start: "07:30", end: "09:00", leaders: [0, 1, 2], content: "Giao ban lãnh đạo đầu tuần", place: "Phòng họp số 1", chair: 0, participants: "Lãnh đạo UBND, Chánh Văn phòng", preparingUnit: "Văn phòng HĐND và UBND" },
  { dayOffset: 0, start: "14:00", end: "16:30", leaders: [1], content: "Kiểm tra tiến độ giải ngân vốn đầu tư công", place: "Ban Quản lý dự án", participants: "Phòng Tài chính - Kế hoạch, Ban Quản lý dự án", preparingUnit: "Phòng Tài chính - Kế hoạch" },
  { dayOffset: 1, start: "08:00", end: "11:00", leaders: [0], content: "Tiếp công dân định kỳ", place: "Trụ sở Tiếp công dân", participants: "Thanh tra, Phòng Tư pháp, các phòng liên quan", preparingUnit: "Ban Tiếp công dân" },
  { dayOffset: 1, start: "14:00", leaders: [2], content: "Làm việc về công tác chuyển đổi số và dịch vụ công trực tuyến", place: "Phòng họp số 2", participants: "Văn phòng, Bộ phận Một cửa, Trung tâm Văn hóa - Thông tin", preparingUnit: "Văn phòng HĐND và UBND", note: "Các đơn vị chuẩn bị báo cáo số liệu hồ sơ trực tuyến tháng trước." },
  { dayOffset: 2, start: "08:00", end: "11:30", leaders: [0, 1], content: "Hội nghị sơ kết công tác sản xuất nông nghiệp vụ mùa", place: "Hội trường UBND", chair: 0, participants: "Trưởng các phòng, ban; đại diện hợp tác xã", preparingUnit: "Phòng Kinh tế" },
  { dayOffset: 3, start: "08:00", end: "10:00", leaders: [1], content: "Họp Hội đồng thẩm định giá đất cụ thể", place: "Phòng họp số 1", chair: 1, participants: "Thành viên Hội đồng", preparingUnit: "Phòng Tài nguyên và Môi trường" },
  { dayOffset: 3, start: "14:00", end: "17:00", leaders: [2], content: "Kiểm tra công tác phòng cháy, chữa cháy tại chợ trung tâm", place: "Chợ trung tâm", participants: "Công an, Phòng Kinh tế, Ban quản lý chợ", preparingUnit: "Công an" },
  { dayOffset: 4, start: "08:00", end: "11:00", leaders: [0, 1, 2], content: "Phiên họp thường kỳ UBND tháng", place: "Phòng họp số 1", chair: 0, participants: "Thành viên UBND, lãnh đạo các cơ quan chuyên môn", preparingUnit: "Văn phòng HĐND và UBND" },
  { dayOffset: 5, start: "07:30", leaders: [2], content: "Dự Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư", place: "Nhà văn hóa thôn Đông", participants: "Ủy ban Mặt trận Tổ quốc, các đoàn thể", preparingUnit: "Ủy ban Mặt trận Tổ quốc" },
];

/** What changes in the demo: this week's Wednesday conference moved, Thursday's inspection called off. */
const CHANGED = { index: 4, before: { start: "07:30", end: "10:30", place: "Phòng họp số 2" }, reason: "Chuyển địa điểm và lùi giờ để các hợp tác xã kịp tham dự" };
const CANCELLED = { index: 6, reason: "Lãnh đạo dự họp trực tuyến với UBND tỉnh; lịch kiểm tra sẽ bố trí lại" };

const PROCEDURES: { code: string; name: string; field: string; level: "Toàn trình" | "Một phần" | "Trực tiếp"; processingTime: string; fee: string }[] = [
  { code: "1.001193", name: "Đăng ký khai sinh", field: "Hộ tịch", level: "Toàn trình", processingTime: "Ngay trong ngày làm việc", fee: "Miễn lệ phí" },
  { code: "1.000894", name: "Đăng ký kết hôn", field: "Hộ tịch", level: "Một phần", processingTime: "Ngay trong ngày làm việc", fee: "Miễn lệ phí" },
  { code: "1.001022", name: "Đăng ký khai tử", field: "Hộ tịch", level: "Toàn trình", processingTime: "Ngay trong ngày làm việc", fee: "Miễn lệ phí" },
  { code: "1.004873", name: "Cấp bản sao trích lục hộ tịch", field: "Hộ tịch", level: "Toàn trình", processingTime: "Ngay trong ngày làm việc", fee: "8.000 đồng/bản" },
  { code: "1.000656", name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", field: "Hộ tịch", level: "Một phần", processingTime: "03 ngày làm việc", fee: "15.000 đồng" },
  { code: "2.000815", name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản", field: "Chứng thực", level: "Trực tiếp", processingTime: "Trong ngày tiếp nhận", fee: "2.000 đồng/trang" },
  { code: "2.000884", name: "Chứng thực chữ ký trong các giấy tờ, văn bản", field: "Chứng thực", level: "Trực tiếp", processingTime: "Trong ngày tiếp nhận", fee: "10.000 đồng/trường hợp" },
  { code: "2.001035", name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", field: "Chứng thực", level: "Trực tiếp", processingTime: "02 ngày làm việc", fee: "50.000 đồng/hợp đồng" },
  { code: "1.004227", name: "Hòa giải tranh chấp đất đai", field: "Đất đai", level: "Trực tiếp", processingTime: "30 ngày", fee: "Không" },
  { code: "1.012761", name: "Đăng ký biến động quyền sử dụng đất, tài sản gắn liền với đất", field: "Đất đai", level: "Một phần", processingTime: "10 ngày làm việc", fee: "Theo nghị quyết của HĐND tỉnh" },
  { code: "1.009994", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ", field: "Xây dựng", level: "Một phần", processingTime: "15 ngày", fee: "75.000 đồng/giấy phép" },
  { code: "1.009995", name: "Điều chỉnh giấy phép xây dựng nhà ở riêng lẻ", field: "Xây dựng", level: "Một phần", processingTime: "10 ngày", fee: "15.000 đồng/giấy phép" },
  { code: "2.000720", name: "Đăng ký thành lập hộ kinh doanh", field: "Thành lập và hoạt động của hộ kinh doanh", level: "Toàn trình", processingTime: "03 ngày làm việc", fee: "100.000 đồng" },
  { code: "2.000575", name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", field: "Thành lập và hoạt động của hộ kinh doanh", level: "Toàn trình", processingTime: "03 ngày làm việc", fee: "50.000 đồng" },
  { code: "1.001776", name: "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", field: "Bảo trợ xã hội", level: "Trực tiếp", processingTime: "05 ngày làm việc", fee: "Không" },
  { code: "1.001758", name: "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", field: "Bảo trợ xã hội", level: "Một phần", processingTime: "20 ngày làm việc", fee: "Không" },
  { code: "1.010801", name: "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", field: "Người có công", level: "Một phần", processingTime: "12 ngày làm việc", fee: "Không" },
  { code: "1.004492", name: "Xét, cấp học bổng chính sách", field: "Giáo dục và Đào tạo", level: "Trực tiếp", processingTime: "15 ngày làm việc", fee: "Không" },
  { code: "1.001055", name: "Thông báo tổ chức lễ hội cấp xã", field: "Văn hóa", level: "Toàn trình", processingTime: "05 ngày làm việc", fee: "Không" },
  { code: "2.001263", name: "Đăng ký hoạt động tín ngưỡng", field: "Tín ngưỡng, tôn giáo", level: "Một phần", processingTime: "15 ngày", fee: "Không" },
];

/** A one-page PDF (ASCII text in a standard font): a stand-in for a scanned report. */
export function demoPdf(lines: string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 56 ${780 - i * 22} Td (${l.replace(/[()\\]/g, "")}) Tj ET`).join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

export type StoreFile = (bytes: Buffer, name: string) => Promise<{ storedName: string; mimeType: string; size: number }>;

const BUDGET_TITLES: Record<string, string> = {
  "du-toan": "Công khai dự toán ngân sách năm",
  "quy-1": "Công khai tình hình thực hiện dự toán ngân sách quý I năm",
  "6-thang": "Công khai tình hình thực hiện dự toán ngân sách 6 tháng đầu năm",
  "9-thang": "Công khai tình hình thực hiện dự toán ngân sách 9 tháng năm",
  "quyet-toan": "Công khai quyết toán ngân sách năm",
};
const BUDGET_ASCII: Record<string, string> = { "du-toan": "Du toan", "quy-1": "Thuc hien quy I", "6-thang": "Thuc hien 6 thang", "9-thang": "Thuc hien 9 thang", "quyet-toan": "Quyet toan" };
/** When each stage of year Y is published: [year offset, month, day]. */
const PUBLISHED: Record<string, [number, number, number]> = { "du-toan": [0, 1, 15], "quy-1": [0, 4, 18], "6-thang": [0, 7, 17], "9-thang": [0, 10, 16], "quyet-toan": [1, 6, 20] };

export async function seedGovernmentInfo(
  tx: Transaction,
  site: { id: number; index: number; agencyName: string; unit: string },
  now: Date,
  storeFile?: StoreFile,
): Promise<void> {
  const siteId = site.id;
  const leaders = leadersOf(site.index, site.unit);
  const monday = mondayOf(vietnamDay(now));
  const seededAt = now;

  // Two weeks: this one and the next, the same rhythm with the next week's own content.
  const entries = [...WEEK_ENTRIES.map((e) => ({ ...e, week: 0 })), ...WEEK_ENTRIES.map((e) => ({ ...e, week: 1 }))];
  for (const [i, entry] of entries.entries()) {
    const changed = entry.week === 0 && i === CHANGED.index;
    const cancelled = entry.week === 0 && i === CANCELLED.index;
    const day = addDays(monday, entry.dayOffset + entry.week * 7);
    const [row] = await tx
      .insert(scheduleEntries)
      .values({
        siteId,
        day,
        startTime: entry.start,
        endTime: entry.end ?? null,
        content: entry.week === 1 && entry.dayOffset === 4 ? "Họp triển khai nhiệm vụ trọng tâm tháng tới" : entry.content,
        place: entry.place,
        chair: entry.chair === undefined ? "" : leaders[entry.chair]!.name,
        participants: entry.participants,
        preparingUnit: entry.preparingUnit,
        note: entry.note ?? "",
        sequence: changed || cancelled ? 1 : 0,
        cancelledAt: cancelled ? seededAt : null,
        cancelReason: cancelled ? CANCELLED.reason : "",
        createdAt: seededAt,
        updatedAt: seededAt,
      })
      .returning({ id: scheduleEntries.id });
    await tx.insert(scheduleEntryLeaders).values(entry.leaders.map((l, ordinal) => ({ siteId, entryId: row!.id, ordinal, ...leaders[l]! })));
    if (changed) {
      const summary = `${CHANGED.reason} (giờ ${CHANGED.before.start}–${CHANGED.before.end} → ${entry.start}–${entry.end}; địa điểm: ${CHANGED.before.place} → ${entry.place})`;
      await tx.insert(scheduleEntryChanges).values({ siteId, entryId: row!.id, kind: "change", summary, createdAt: seededAt });
    }
    if (cancelled) await tx.insert(scheduleEntryChanges).values({ siteId, entryId: row!.id, kind: "cancel", summary: CANCELLED.reason, createdAt: seededAt });
  }

  await tx.insert(procedures).values(
    PROCEDURES.map((p) => ({ siteId, ...p, slug: slugify(p.name, 100), fieldSlug: slugify(p.field, 100), agency: site.agencyName, createdAt: seededAt, updatedAt: seededAt })),
  );

  // Budget: last year complete; this year up to 9 months, its final accounts not yet published.
  const year = Number(vietnamDay(now).slice(0, 4));
  const cells: { year: number; stage: string }[] = [
    ...["du-toan", "quy-1", "6-thang", "9-thang", "quyet-toan"].map((stage) => ({ year: year - 1, stage })),
    ...["du-toan", "quy-1", "6-thang", "9-thang"].map((stage) => ({ year, stage })),
  ];
  for (const cell of cells) {
    const [offset, month, dayOfMonth] = PUBLISHED[cell.stage]!;
    const publishedOn = `${cell.year + offset}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
    if (publishedOn > vietnamDay(now)) continue;
    const [row] = await tx
      .insert(disclosures)
      .values({ siteId, kind: "budget", title: `${BUDGET_TITLES[cell.stage]} ${cell.year}`, year: cell.year, stage: cell.stage, publishedOn, createdAt: seededAt, updatedAt: seededAt })
      .returning({ id: disclosures.id });
    if (storeFile) {
      const pdf = demoPdf([`${BUDGET_ASCII[cell.stage]} ngan sach nam ${cell.year}`, site.agencyName.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D"), "Bieu mau cong khai kem theo Thong tu 343/2016/TT-BTC.", `Ngay cong bo: ${publishedOn}`]);
      const stored = await storeFile(pdf, `${cell.stage}-${cell.year}.pdf`);
      await tx.insert(disclosureFiles).values({ siteId, disclosureId: row!.id, label: `Biểu mẫu công khai (${BUDGET_TITLES[cell.stage]!.replace("Công khai ", "")} ${cell.year})`, ...stored });
    }
  }

  const items = [
    { kind: "project" as const, title: `Cải tạo, nâng cấp đường trục chính nội thị (giai đoạn 2)`, investor: "Ban Quản lý dự án đầu tư xây dựng", valueVnd: 18_750_000_000, startDate: `${year - 1}-03-01`, endDate: `${year + 1}-06-30`, status: "Đang thi công (khối lượng đạt 65%)", publishedOn: `${year - 1}-02-10` },
    { kind: "project" as const, title: "Xây dựng nhà lớp học 3 tầng Trường Tiểu học trung tâm", investor: "Ban Quản lý dự án đầu tư xây dựng", valueVnd: 9_420_500_000, startDate: `${year}-02-15`, endDate: `${year}-11-30`, status: "Đã hoàn thành, bàn giao đưa vào sử dụng", publishedOn: `${year}-01-20` },
    { kind: "project" as const, title: "Nạo vét, kiên cố hóa kênh tưới tiêu nội đồng", investor: "Phòng Kinh tế", valueVnd: 4_980_000_000, startDate: `${year}-09-01`, endDate: null, status: "Đang lựa chọn nhà thầu", publishedOn: `${year}-08-05` },
    { kind: "procurement" as const, title: "Gói thầu số 05: Thi công xây dựng nhà lớp học 3 tầng", investor: "Ban Quản lý dự án đầu tư xây dựng", valueVnd: 8_615_000_000, startDate: `${year}-01-25`, endDate: `${year}-02-10`, status: "Đã có kết quả lựa chọn nhà thầu", publishedOn: `${year}-01-25` },
    { kind: "procurement" as const, title: "Mua sắm máy tính, thiết bị cho Bộ phận Một cửa", investor: "Văn phòng HĐND và UBND", valueVnd: 486_300_000, startDate: `${year}-10-02`, endDate: `${year}-10-17`, status: "Đã ký hợp đồng", publishedOn: `${year}-10-02` },
    { kind: "procurement" as const, title: "Gói thầu số 02: Nạo vét kênh tưới tiêu nội đồng", investor: "Phòng Kinh tế", valueVnd: 4_520_000_000, startDate: `${year}-09-15`, endDate: `${year}-10-05`, status: "Đang mời thầu qua Hệ thống mạng đấu thầu quốc gia", publishedOn: `${year}-09-15` },
  ].filter((item) => item.publishedOn <= vietnamDay(now));
  if (items.length) await tx.insert(disclosures).values(items.map((item) => ({ siteId, ...item, link: "https://muasamcong.mpi.gov.vn", createdAt: seededAt, updatedAt: seededAt })));
}

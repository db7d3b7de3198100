// Dữ liệu mẫu cho trang Giới thiệu, Lãnh đạo, Cơ cấu tổ chức của mỗi trang demo.
// Mọi tên người, số điện thoại, thư điện tử đều là hư cấu (thư điện tử trên example.vn);
// ảnh chân dung là hình vẽ minh họa sinh ra khi seed (db/seed/portraits.ts), không phải người thật.

import { englishAgencyName } from "@/lib/english";
import { slugify } from "@/lib/slug";
import type { PublicLeader } from "../unit-info";

export type DemoUnitSite = { slug: string; kind: "tinh" | "xa" | "phuong" | "huyen"; name: string };

/** A demo leader: what the public page shows, with the unit by its index (top level) among the demo units. */
export type DemoLeader = Omit<PublicLeader, "id" | "unitId" | "photo" | "updatedAt"> & { unit?: number };

export type DemoUnit = {
  name: string;
  nameEn: string;
  kind: "phong" | "ban" | "truc-thuoc" | "khac";
  functions: string;
  functionsEn: string;
  headName: string;
  headTitle: string;
  phone: string;
  email: string;
  children?: DemoUnit[];
};

const LEVEL: Record<DemoUnitSite["kind"], { vi: string; en: string }> = {
  tinh: { vi: "tỉnh", en: "Province" },
  huyen: { vi: "huyện", en: "District" },
  xa: { vi: "xã", en: "Commune" },
  phuong: { vi: "phường", en: "Ward" },
};

/** Invented names, a different set per site. */
const PEOPLE: Record<string, string[]> = {
  "hung-yen": ["Trịnh Văn Quảng", "Lưu Thị Thanh Mai", "Hà Đức Trọng", "Tạ Quang Vinh", "Vương Đình Lộc", "Kiều Thị Ngân", "Mạc Văn Bình", "Lục Thị Hạnh"],
  "hung-ha": ["Đoàn Văn Khang", "Lại Thị Thu Hằng", "Ninh Văn Sơn", "Chu Minh Nghĩa", "Lò Văn Tài", "Mai Thị Diệu", "Văn Đức Thịnh", "Tô Thị Yến"],
  "tan-hoa": ["Nguyễn Văn Đông", "Phạm Thị Bích Ngọc", "Lê Minh Khôi", "Hoàng Văn Thái", "Bùi Thị Hòa", "Đinh Quang Huy", "Cao Thị Lụa", "Trương Văn Phúc"],
  "dong-kinh": ["Vũ Thị Phương Thảo", "Đặng Quốc Hưng", "Triệu Văn Long", "Ông Thị Mận", "Giang Văn Toàn", "Khúc Thị Nhàn", "Lâm Đức Hậu", "Âu Văn Quý"],
  "minh-tan": ["Dương Văn Hải", "Quách Thị Liên", "Phan Đức Mạnh", "Tống Văn Lợi", "La Thị Thắm", "Hứa Minh Châu", "Bạch Văn Duy", "Thân Thị Kim"],
};

const AREA_CODE: Record<string, string> = { "hung-yen": "0221", "hung-ha": "0227", "tan-hoa": "0221", "dong-kinh": "0221", "minh-tan": "0221" };

function domain(site: DemoUnitSite): string {
  return `${slugify(site.name).replace(/-/g, "")}.example.vn`;
}

function phone(site: DemoUnitSite, n: number): string {
  const code = AREA_CODE[site.slug] ?? "0221";
  const base = 3860 + (site.slug.length * 37) % 90;
  return `${code} ${base} ${String(100 + n * 7).padStart(3, "0")}`;
}

function mailbox(name: string, site: DemoUnitSite): string {
  const parts = slugify(name).split("-");
  const last = parts.at(-1)!;
  const initials = parts.slice(0, -1).map((p) => p[0]).join("");
  return `${last}${initials}@${domain(site)}`;
}

export function demoUnitInfo(site: DemoUnitSite) {
  const level = LEVEL[site.kind];
  const unit = `${level.vi} ${site.name}`;
  const people = PEOPLE[site.slug] ?? PEOPLE["tan-hoa"]!;
  const province = site.kind === "tinh";
  const agency = `Ủy ban nhân dân ${unit}`;
  const agencyEn = englishAgencyName({ kind: site.kind, name: site.name });

  const units: DemoUnit[] = province
    ? [
        {
          name: "Văn phòng Ủy ban nhân dân tỉnh",
          nameEn: "Office of the Provincial People's Committee",
          kind: "phong",
          functions: "Tham mưu tổng hợp, giúp Ủy ban nhân dân tỉnh tổ chức các hoạt động chung.\nQuản lý Cổng thông tin điện tử tỉnh và Trung tâm Phục vụ hành chính công.",
          functionsEn: "Advises and assists the Provincial People's Committee in its general work.\nRuns the provincial portal and the Public Administrative Service Centre.",
          headName: people[4]!,
          headTitle: "Chánh Văn phòng",
          phone: phone(site, 1),
          email: `vanphong@${domain(site)}`,
          children: [
            {
              name: "Trung tâm Phục vụ hành chính công",
              nameEn: "Public Administrative Service Centre",
              kind: "truc-thuoc",
              functions: "Tiếp nhận, trả kết quả thủ tục hành chính của các sở, ngành theo cơ chế một cửa, một cửa liên thông.",
              functionsEn: "Receives applications and returns results of administrative procedures under the one-stop mechanism.",
              headName: people[5]!,
              headTitle: "Giám đốc",
              phone: phone(site, 2),
              email: `hanhchinhcong@${domain(site)}`,
            },
          ],
        },
        {
          name: "Sở Nội vụ",
          nameEn: "Department of Home Affairs",
          kind: "phong",
          functions: "Tham mưu về tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức, cải cách hành chính, thi đua khen thưởng.",
          functionsEn: "Advises on organisation, staffing, civil servants, administrative reform, emulation and awards.",
          headName: people[6]!,
          headTitle: "Giám đốc",
          phone: phone(site, 3),
          email: `sonoivu@${domain(site)}`,
        },
        {
          name: "Sở Tài chính",
          nameEn: "Department of Finance",
          kind: "phong",
          functions: "Tham mưu về tài chính, ngân sách, giá, đầu tư công và kế hoạch phát triển kinh tế - xã hội.",
          functionsEn: "Advises on finance, the budget, prices, public investment and socio-economic planning.",
          headName: people[7]!,
          headTitle: "Giám đốc",
          phone: phone(site, 4),
          email: `sotaichinh@${domain(site)}`,
        },
      ]
    : [
        {
          name: `Văn phòng HĐND và UBND ${unit}`,
          nameEn: `Office of the People's Council and People's Committee`,
          kind: "phong",
          functions: "Tham mưu tổng hợp, giúp Hội đồng nhân dân và Ủy ban nhân dân tổ chức các hoạt động chung.\nQuản lý trang thông tin điện tử, công tác văn thư, lưu trữ.",
          functionsEn: "Advises and assists the People's Council and People's Committee in their general work.\nRuns the website, records and archives.",
          headName: people[4]!,
          headTitle: "Chánh Văn phòng",
          phone: phone(site, 1),
          email: `vanphong@${domain(site)}`,
          children: [
            {
              name: "Bộ phận Một cửa",
              nameEn: "One-stop Service Desk",
              kind: "khac",
              functions: "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính cho người dân và doanh nghiệp; hướng dẫn nộp hồ sơ trực tuyến.",
              functionsEn: "Receives applications and returns results of administrative procedures; helps people apply online.",
              headName: people[7]!,
              headTitle: "Tổ trưởng",
              phone: phone(site, 2),
              email: `motcua@${domain(site)}`,
            },
          ],
        },
        {
          name: "Phòng Kinh tế",
          nameEn: "Economic Office",
          kind: "phong",
          functions: "Tham mưu về nông nghiệp, công thương, tài chính - kế hoạch, xây dựng, giao thông, tài nguyên và môi trường.",
          functionsEn: "Advises on agriculture, industry and trade, finance and planning, construction, transport, natural resources and the environment.",
          headName: people[5]!,
          headTitle: "Trưởng phòng",
          phone: phone(site, 3),
          email: `kinhte@${domain(site)}`,
        },
        {
          name: "Phòng Văn hóa - Xã hội",
          nameEn: "Culture and Social Affairs Office",
          kind: "phong",
          functions: "Tham mưu về giáo dục, y tế, văn hóa, thể thao, du lịch, thông tin, lao động, người có công và bảo trợ xã hội.",
          functionsEn: "Advises on education, health, culture, sport, tourism, information, labour, people with meritorious services and social protection.",
          headName: people[6]!,
          headTitle: "Trưởng phòng",
          phone: phone(site, 4),
          email: `vanhoaxahoi@${domain(site)}`,
        },
        {
          name: "Trung tâm Phục vụ hành chính công",
          nameEn: "Public Administrative Service Centre",
          kind: "truc-thuoc",
          functions: "Tổ chức tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông trên địa bàn.",
          functionsEn: "Handles administrative procedures under the one-stop mechanism.",
          headName: people[3]!,
          headTitle: "Giám đốc",
          phone: phone(site, 5),
          email: `hanhchinhcong@${domain(site)}`,
        },
      ];

  const leaders: DemoLeader[] = [
    {
      name: people[0]!,
      title: `Chủ tịch Ủy ban nhân dân ${unit}`,
      titleEn: `Chairperson, ${agencyEn}`,
      term: "2021 – 2026",
      biography: `Sinh năm 1972, quê quán ${unit}.\nTrình độ chuyên môn: Thạc sĩ Quản lý công; lý luận chính trị: Cao cấp.\nTừng giữ các chức vụ Phó Chủ tịch, Chánh Văn phòng trước khi được bầu giữ chức Chủ tịch.`,
      biographyEn: "Born in 1972. Master of Public Administration.",
      duties: "Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân.\nTrực tiếp phụ trách công tác tổ chức bộ máy, cán bộ, quân sự, công an, thanh tra.\nChủ tài khoản ngân sách.",
      dutiesEn: "Leads and directs all the work of the People's Committee; in charge of organisation and staffing, defence, police and inspection.",
      phone: phone(site, 11),
      email: mailbox(people[0]!, site),
      current: true,
      unit: 0,
    },
    {
      name: people[1]!,
      title: `Phó Chủ tịch Ủy ban nhân dân ${unit}`,
      titleEn: `Vice Chairperson, ${agencyEn}`,
      term: "2021 – 2026",
      biography: `Sinh năm 1978.\nTrình độ chuyên môn: Cử nhân Kinh tế; lý luận chính trị: Cao cấp.\nNguyên Trưởng phòng Kinh tế.`,
      biographyEn: "Born in 1978. Bachelor of Economics.",
      duties: "Phụ trách lĩnh vực kinh tế, tài chính, ngân sách, đầu tư, xây dựng, giao thông, tài nguyên và môi trường.\nPhụ trách Phòng Kinh tế.",
      dutiesEn: "In charge of the economy, finance and the budget, investment, construction, transport, natural resources and the environment.",
      phone: phone(site, 12),
      email: mailbox(people[1]!, site),
      current: true,
      unit: 1,
    },
    {
      name: people[2]!,
      title: `Phó Chủ tịch Ủy ban nhân dân ${unit}`,
      titleEn: `Vice Chairperson, ${agencyEn}`,
      term: "2021 – 2026",
      biography: `Sinh năm 1981.\nTrình độ chuyên môn: Thạc sĩ Văn hóa học; lý luận chính trị: Trung cấp.`,
      biographyEn: "",
      duties: "Phụ trách lĩnh vực văn hóa - xã hội, giáo dục, y tế, lao động, thông tin và chuyển đổi số.\nPhụ trách Phòng Văn hóa - Xã hội.",
      dutiesEn: "In charge of culture and social affairs, education, health, labour, information and digital transformation.",
      phone: phone(site, 13),
      email: mailbox(people[2]!, site),
      current: true,
      unit: 2,
    },
    {
      name: people[3]!,
      title: `Nguyên Chủ tịch Ủy ban nhân dân ${unit}`,
      titleEn: `Former Chairperson, ${agencyEn}`,
      term: "2016 – 2021",
      biography: "Nghỉ hưu từ năm 2021.",
      biographyEn: "",
      duties: "",
      dutiesEn: "",
      phone: "",
      email: "",
      current: false,
    },
  ];

  const p = (text: string) => `<p>${text}</p>`;
  const intro = {
    organization: p(
      `Bộ máy hành chính ${unit} gồm Hội đồng nhân dân, Ủy ban nhân dân và các cơ quan chuyên môn, đơn vị trực thuộc. Ủy ban nhân dân do Hội đồng nhân dân bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương.`,
    ),
    map: p(`Bản đồ địa giới hành chính ${unit} sau khi sắp xếp đơn vị hành chính từ ngày 01/7/2025 (bản vẽ minh họa).`),
    nature: [
      p(`${unit[0]!.toUpperCase()}${unit.slice(1)} nằm ở vùng đồng bằng châu thổ sông Hồng, địa hình tương đối bằng phẳng, thấp dần từ tây bắc xuống đông nam. Khí hậu nhiệt đới gió mùa, nhiệt độ trung bình năm khoảng 23,5 °C, lượng mưa trung bình 1.500 – 1.700 mm.`),
      p("Đất đai phần lớn là đất phù sa được bồi đắp hằng năm, thuận lợi cho trồng lúa, rau màu và cây ăn quả như nhãn, vải, chuối."),
    ].join("\n"),
    history: [
      p(`Vùng đất ${site.name} có lịch sử hình thành lâu đời, gắn với quá trình khai hoang, lấn bãi ven sông của cư dân châu thổ Bắc Bộ.`),
      p(`Ngày 01/7/2025, thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, ${unit} được tổ chức lại; bộ máy mới đi vào hoạt động ổn định, phục vụ người dân ngày càng tốt hơn.`),
    ].join("\n"),
    culture: [
      p("Nhân dân trong vùng có truyền thống cần cù, hiếu học, đoàn kết. Nhiều lễ hội truyền thống được duy trì hằng năm vào mùa xuân, gắn với các di tích đình, đền, chùa."),
      p("Các làng nghề truyền thống như dệt, mây tre đan, làm hương được bảo tồn và phát triển gắn với du lịch trải nghiệm."),
    ].join("\n"),
    landmarks: p(`Trên địa bàn có nhiều di tích lịch sử - văn hóa được xếp hạng, cùng cảnh quan đồng quê, sông nước thu hút du khách về thăm ${unit}.`),
    overviewEn: [
      `<p>${agencyEn} is the local state administrative body of ${LEVEL[site.kind].en.toLowerCase()} ${englishAgencyName({ kind: "co_quan", name: site.name })}, in the Red River Delta. It is elected by the People's Council and carries out its resolutions.</p>`,
      "<p>The unit's news, documents, procedures and schedule are published in Vietnamese on this portal. For information requests in English, please write to the contact below.</p>",
    ].join("\n"),
    functionsEn: `<p>${agencyEn} manages the local economy, budget, land, construction, culture, education, health, social affairs, security and public administrative services, through the offices listed below.</p>`,
    nameEn: agencyEn,
  };

  return { agency, units, leaders, intro };
}

// Vietnamese news text for the benchmark's 50,000 articles, composed from phrase lists.
// Each category draws on its own topics, and sentences mix places, people, numbers and
// dates, so the search index sees a realistic spread: some words in nearly every article
// ("huyện", "xã"), most in a few thousand, names and numbers in a handful.
import type { Rng } from "@/lib/random";

/** A category of the benchmark; the demo seed's seven have no description here (they keep the seed's). */
export type BenchCategory = { slug: string; name: string; description?: string; topics: string[]; parent?: string };

/** Topic noun phrases shared by several categories (keys are referred to below). */
const TOPICS = {
  government: [
    "công tác cải cách hành chính", "hoạt động của Bộ phận Một cửa", "dịch vụ công trực tuyến toàn trình", "chuyển đổi số cấp xã",
    "kỷ luật, kỷ cương hành chính", "giải quyết thủ tục hành chính", "chính quyền điện tử", "số hóa hồ sơ, kết quả giải quyết thủ tục",
    "chỉ số hài lòng của người dân", "tiếp công dân định kỳ", "giải quyết đơn thư khiếu nại, tố cáo", "quy chế dân chủ ở cơ sở",
  ],
  economy: [
    "sản xuất vụ chiêm xuân", "chuyển đổi cơ cấu cây trồng", "cánh đồng mẫu lớn", "sản phẩm OCOP", "làng nghề dệt truyền thống",
    "cụm công nghiệp Phúc Khánh", "thu ngân sách nhà nước", "giải ngân vốn đầu tư công", "phát triển hợp tác xã kiểu mới",
    "chăn nuôi an toàn sinh học", "nuôi trồng thủy sản", "tiêu thụ nông sản qua sàn thương mại điện tử", "thu hút đầu tư",
  ],
  society: [
    "công tác giảm nghèo bền vững", "chăm sóc người có công với cách mạng", "bảo hiểm y tế toàn dân", "giải quyết việc làm cho lao động nông thôn",
    "đào tạo nghề", "xuất khẩu lao động", "phòng, chống đuối nước trẻ em", "bình đẳng giới", "hỗ trợ xây nhà cho hộ nghèo",
    "chi trả trợ cấp xã hội qua tài khoản", "chăm sóc người cao tuổi",
  ],
  culture: [
    "lễ hội truyền thống đền Tiên La", "phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa", "bảo tồn di tích lịch sử", "hát chèo",
    "giải bóng chuyền hơi", "ngày hội đại đoàn kết toàn dân tộc", "thư viện thôn", "gia đình văn hóa", "nếp sống văn minh trong việc cưới, việc tang",
    "hội thi văn nghệ quần chúng", "giải việt dã truyền thống",
  ],
  education: [
    "kỳ thi tuyển sinh vào lớp 10", "trường đạt chuẩn quốc gia", "học sinh giỏi cấp tỉnh", "chương trình giáo dục phổ thông mới", "bữa ăn bán trú",
    "phổ cập giáo dục mầm non", "khuyến học, khuyến tài", "bồi dưỡng giáo viên", "trang thiết bị dạy học", "an toàn trường học",
  ],
  health: [
    "tiêm chủng mở rộng", "phòng chống sốt xuất huyết", "khám sức khỏe cho người cao tuổi", "an toàn thực phẩm", "trạm y tế xã đạt chuẩn",
    "hiến máu tình nguyện", "dân số và phát triển", "chăm sóc sức khỏe bà mẹ, trẻ em", "phòng chống dịch bệnh mùa hè", "hồ sơ sức khỏe điện tử",
  ],
  security: [
    "tuyển chọn và gọi công dân nhập ngũ", "diễn tập khu vực phòng thủ", "bảo đảm an ninh trật tự", "an toàn giao thông",
    "phòng cháy, chữa cháy", "phòng chống tội phạm ma túy", "xây dựng lực lượng dân quân tự vệ", "tấn công, trấn áp tội phạm",
    "phong trào Toàn dân bảo vệ an ninh Tổ quốc", "lừa đảo qua mạng",
  ],
  rural: [
    "xây dựng nông thôn mới nâng cao", "nông thôn mới kiểu mẫu", "cứng hóa đường giao thông nội đồng", "thu gom rác thải sinh hoạt",
    "nước sạch nông thôn", "khu dân cư kiểu mẫu", "thắp sáng đường quê", "trồng cây xanh", "cải tạo nhà văn hóa thôn", "kênh mương nội đồng",
  ],
  infrastructure: [
    "dự án nâng cấp đường tỉnh 396", "giải phóng mặt bằng", "cầu Tân Lễ", "quy hoạch sử dụng đất", "khu đô thị mới", "cấp giấy chứng nhận quyền sử dụng đất",
    "xử lý vi phạm đất đai", "trật tự xây dựng", "hệ thống thủy lợi", "tu bổ đê điều", "chỉnh trang đô thị",
  ],
  environment: [
    "phòng chống thiên tai", "bảo vệ môi trường làng nghề", "xử lý rơm rạ sau thu hoạch", "phân loại rác tại nguồn", "ứng phó mưa bão",
    "nạo vét sông Luộc", "trồng rừng phòng hộ", "quan trắc chất lượng nước", "tiết kiệm năng lượng",
  ],
  party: [
    "công tác xây dựng Đảng", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "kết nạp đảng viên mới", "đại hội chi bộ nhiệm kỳ mới",
    "công tác kiểm tra, giám sát", "công tác dân vận", "sinh hoạt chi bộ định kỳ", "kỳ họp Hội đồng nhân dân huyện", "tiếp xúc cử tri",
  ],
} satisfies Record<string, string[]>;

type TopicKey = keyof typeof TOPICS;

/** Thirty categories: the demo's seven, then the rest a district portal usually has. */
const CATEGORY_SPECS: (Omit<BenchCategory, "topics"> & { topics: TopicKey[] })[] = [
  { slug: "tin-tuc-su-kien", name: "Tin tức - Sự kiện", topics: ["government", "economy", "society", "party"] },
  { slug: "cai-cach-hanh-chinh", name: "Cải cách hành chính", topics: ["government"] },
  { slug: "kinh-te", name: "Kinh tế", topics: ["economy"] },
  { slug: "van-hoa-xa-hoi", name: "Văn hóa - Xã hội", topics: ["culture", "society"] },
  { slug: "quoc-phong-an-ninh", name: "Quốc phòng - An ninh", topics: ["security"] },
  { slug: "nong-thon-moi", name: "Nông thôn mới", topics: ["rural"] },
  { slug: "thong-bao", name: "Thông báo", topics: ["government", "infrastructure"] },
  { slug: "chi-dao-dieu-hanh", name: "Chỉ đạo điều hành", description: "Văn bản, ý kiến chỉ đạo của Thường trực Huyện ủy, UBND huyện.", topics: ["government", "party"] },
  { slug: "hoat-dong-hdnd", name: "Hoạt động HĐND", description: "Kỳ họp, giám sát, tiếp xúc cử tri của Hội đồng nhân dân huyện.", topics: ["party"], parent: "chi-dao-dieu-hanh" },
  { slug: "xay-dung-dang", name: "Xây dựng Đảng", description: "Công tác xây dựng Đảng và hệ thống chính trị.", topics: ["party"], parent: "chi-dao-dieu-hanh" },
  { slug: "mat-tran-doan-the", name: "Mặt trận - Đoàn thể", description: "Hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.", topics: ["society", "party"], parent: "chi-dao-dieu-hanh" },
  { slug: "nong-nghiep", name: "Nông nghiệp", description: "Trồng trọt, chăn nuôi, thủy sản và khuyến nông.", topics: ["economy", "environment"], parent: "kinh-te" },
  { slug: "cong-nghiep-lang-nghe", name: "Công nghiệp - Làng nghề", description: "Cụm công nghiệp, doanh nghiệp và làng nghề truyền thống.", topics: ["economy"], parent: "kinh-te" },
  { slug: "thuong-mai-dich-vu", name: "Thương mại - Dịch vụ", description: "Chợ, thương mại điện tử, du lịch và dịch vụ.", topics: ["economy"], parent: "kinh-te" },
  { slug: "tai-chinh-ngan-sach", name: "Tài chính - Ngân sách", description: "Thu chi ngân sách, đầu tư công, công khai tài chính.", topics: ["economy", "government"], parent: "kinh-te" },
  { slug: "giao-duc-dao-tao", name: "Giáo dục - Đào tạo", description: "Hoạt động của ngành giáo dục huyện.", topics: ["education"] },
  { slug: "y-te", name: "Y tế", description: "Khám chữa bệnh, y tế dự phòng, an toàn thực phẩm.", topics: ["health"] },
  { slug: "lao-dong-viec-lam", name: "Lao động - Việc làm", description: "Việc làm, đào tạo nghề, an sinh xã hội.", topics: ["society"], parent: "van-hoa-xa-hoi" },
  { slug: "the-thao", name: "Thể dục thể thao", description: "Phong trào và các giải thể thao trong huyện.", topics: ["culture"], parent: "van-hoa-xa-hoi" },
  { slug: "di-tich-le-hoi", name: "Di tích - Lễ hội", description: "Di tích lịch sử, văn hóa và lễ hội truyền thống.", topics: ["culture"], parent: "van-hoa-xa-hoi" },
  { slug: "tai-nguyen-moi-truong", name: "Tài nguyên - Môi trường", description: "Đất đai, môi trường, phòng chống thiên tai.", topics: ["environment", "infrastructure"] },
  { slug: "quy-hoach-xay-dung", name: "Quy hoạch - Xây dựng", description: "Quy hoạch, dự án, giao thông và đô thị.", topics: ["infrastructure"] },
  { slug: "giao-thong", name: "Giao thông", description: "Đầu tư, duy tu đường, cầu và an toàn giao thông.", topics: ["infrastructure", "security"], parent: "quy-hoach-xay-dung" },
  { slug: "phap-luat", name: "Phổ biến pháp luật", description: "Tuyên truyền, phổ biến, giáo dục pháp luật.", topics: ["security", "government"] },
  { slug: "khoa-hoc-cong-nghe", name: "Khoa học - Công nghệ", description: "Ứng dụng khoa học, công nghệ và chuyển đổi số.", topics: ["government", "economy"] },
  { slug: "chuyen-doi-so", name: "Chuyển đổi số", description: "Chuyển đổi số, chính quyền số, kinh tế số, xã hội số.", topics: ["government"], parent: "khoa-hoc-cong-nghe" },
  { slug: "guong-dien-hinh", name: "Gương điển hình", description: "Người tốt, việc tốt, mô hình hay.", topics: ["society", "rural", "economy"] },
  { slug: "thi-dua-khen-thuong", name: "Thi đua - Khen thưởng", description: "Phong trào thi đua và khen thưởng.", topics: ["party", "society"], parent: "guong-dien-hinh" },
  { slug: "cac-xa-thi-tran", name: "Tin các xã, thị trấn", description: "Tin tức từ các xã, thị trấn trong huyện.", topics: ["rural", "culture", "society", "government"] },
  { slug: "hoi-dap", name: "Hỏi đáp chính sách", description: "Giải đáp chính sách, pháp luật cho người dân.", topics: ["government", "society"] },
];

const PLACES = [
  "xã Tân Lễ", "xã Minh Tân", "xã Hồng An", "xã Hồng Minh", "xã Hoàng Long", "xã Tri Trung", "xã Phúc Khánh", "xã Thái Phương", "xã Điệp Nông",
  "xã Duyên Hải", "xã Tân Hòa", "xã Cộng Hòa", "xã Chí Hòa", "xã Văn Lang", "xã Độc Lập", "xã Thống Nhất", "xã Hòa Bình", "xã Minh Khai",
  "xã Kim Trung", "xã Dân Chủ", "xã Tây Đô", "xã Chi Lăng", "xã Canh Tân", "xã Đoan Hùng", "xã Bắc Sơn", "xã Liên Hiệp", "xã Tiến Đức",
  "xã Hồng Lĩnh", "xã Văn Cẩm", "xã Minh Hòa", "xã Hùng Dũng", "xã Đông Đô", "xã Hòa Tiến", "thị trấn Hưng Hà", "thị trấn Hưng Nhân",
];
const HAMLETS = ["thôn Phượng Vũ", "thôn Đông", "thôn Đoài", "thôn Trung", "thôn Nam", "thôn Bắc", "thôn Tiên La", "thôn Lưu Xá", "thôn Quang Ân", "thôn Thọ Phú", "tổ dân phố số 3", "tổ dân phố Đức Tiến"];
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Đinh", "Phan", "Lương", "Đào"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hữu", "Xuân", "Thu", "Ngọc", "Công", "Trọng"];
const GIVEN = ["Hải", "Hương", "Long", "Khải", "Tuấn", "Lan", "Hùng", "Dũng", "Nga", "Thủy", "Cường", "Phượng", "Trang", "Đức", "Thắng", "Quyết", "Hạnh", "Bình", "Sơn", "Yến", "Thảo", "Nam", "Huyền", "Tùng"];
const POSITIONS = [
  "Bí thư Huyện ủy", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", "Chủ tịch HĐND huyện",
  "Trưởng phòng Nội vụ huyện", "Trưởng phòng Nông nghiệp và Môi trường", "Trưởng phòng Giáo dục và Đào tạo", "Giám đốc Trung tâm Y tế huyện",
  "Trưởng Công an huyện", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Chánh Văn phòng HĐND và UBND huyện",
];
const ORGS = [
  "UBND huyện", "Huyện ủy Hưng Hà", "HĐND huyện", "Ủy ban MTTQ Việt Nam huyện", "Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện", "Huyện đoàn Hưng Hà",
  "Hội Cựu chiến binh huyện", "Phòng Văn hóa - Thông tin", "Phòng Tài chính - Kế hoạch", "Công an huyện", "Trung tâm Y tế huyện", "Phòng Lao động - Thương binh và Xã hội",
  "Ban Chỉ huy Quân sự huyện", "Trung tâm VHTT&TT huyện", "Ngân hàng Chính sách xã hội huyện",
];
const EVENTS = [
  "tổ chức hội nghị sơ kết", "tổ chức hội nghị tổng kết", "triển khai kế hoạch", "kiểm tra tiến độ", "tập huấn nghiệp vụ", "phát động phong trào thi đua",
  "ký kết chương trình phối hợp", "tổ chức đối thoại với nhân dân", "giám sát việc thực hiện", "trao quyết định", "tổ chức lễ ra quân", "khảo sát thực tế",
];
const OUTCOMES = [
  "hoàn thành vượt mức kế hoạch", "đạt nhiều kết quả tích cực", "tạo chuyển biến rõ nét", "được nhân dân đồng tình, hưởng ứng", "đi vào nề nếp",
  "còn một số khó khăn, vướng mắc", "cần tiếp tục tháo gỡ", "về đích sớm", "đạt tỷ lệ cao nhất từ trước đến nay", "bảo đảm đúng tiến độ đề ra",
];
const ACTIONS = [
  "tập trung chỉ đạo", "đẩy mạnh tuyên truyền về", "rà soát, bổ sung kế hoạch", "tăng cường kiểm tra", "huy động mọi nguồn lực cho", "nâng cao chất lượng",
  "phối hợp chặt chẽ trong", "đổi mới phương thức", "quan tâm đầu tư cho", "khắc phục hạn chế trong", "nhân rộng mô hình", "kịp thời khen thưởng trong",
];
const PURPOSES = [
  "góp phần nâng cao đời sống vật chất, tinh thần của nhân dân", "tạo điều kiện tốt nhất cho tổ chức, công dân và doanh nghiệp", "phấn đấu hoàn thành các chỉ tiêu năm",
  "bảo đảm an toàn, hiệu quả, tiết kiệm", "đáp ứng yêu cầu phát triển kinh tế - xã hội của địa phương", "xây dựng quê hương ngày càng giàu đẹp, văn minh",
  "không để ai bị bỏ lại phía sau", "giữ vững ổn định chính trị ở cơ sở",
];
const UNITS = ["các xã, thị trấn", "các phòng, ban, ngành", "các hợp tác xã nông nghiệp", "các trường học", "các thôn, tổ dân phố", "các đoàn thể chính trị - xã hội", "các doanh nghiệp trên địa bàn"];
const TIME_PHRASES = ["Sáng ngày", "Chiều ngày", "Ngày", "Trong hai ngày", "Tối ngày"];
const TITLE_OPENERS = ["Hưng Hà:", "Huyện Hưng Hà", "Đẩy mạnh", "Nâng cao hiệu quả", "Tăng cường", "Sơ kết", "Tổng kết", "Triển khai", "Kiểm tra", "Hội nghị về"];
const BYLINE_UNITS = ["Trung tâm VHTT&TT huyện", "Phòng Văn hóa - Thông tin", "Văn phòng HĐND và UBND huyện", "Đài truyền thanh xã", "Cộng tác viên"];

export function buildCategories(): BenchCategory[] {
  return CATEGORY_SPECS.map((spec) => ({ ...spec, topics: spec.topics.flatMap((key) => TOPICS[key]) }));
}

/** Small helpers bound to one PRNG, so a run is reproducible from its seed. */
export function textComposer(random: Rng) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const person = () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const date = (year: number) => `${int(1, 28)}/${int(1, 12)}/${year}`;
  const decimal = (min: number, max: number) => `${int(min, max)},${int(0, 9)}`;

  function sentence(topic: () => string, year: number): string {
    switch (int(0, 9)) {
      case 0:
        return `${pick(TIME_PHRASES)} ${date(year)}, ${pick(ORGS)} đã ${pick(EVENTS)} ${topic()} tại ${pick(PLACES)}.`;
      case 1:
        return `Tham dự có đồng chí ${person()}, ${pick(POSITIONS)}; đại diện lãnh đạo ${pick(UNITS)}.`;
      case 2:
        return `Theo báo cáo, năm ${year} ${pick(PLACES)} ${pick(OUTCOMES)} về ${topic()}, đạt ${int(60, 120)}% kế hoạch.`;
      case 3:
        return `Đồng chí ${person()}, ${pick(POSITIONS)} đề nghị ${pick(UNITS)} ${pick(ACTIONS)} ${topic()}, ${pick(PURPOSES)}.`;
      case 4:
        return `Đến nay, toàn huyện có ${int(3, 950)} hộ tham gia ${topic()}, tăng ${decimal(1, 30)}% so với cùng kỳ.`;
      case 5:
        return `Tại ${pick(HAMLETS)}, ${pick(PLACES)}, ông ${person()} cho biết: “Nhờ ${topic()} mà bà con phấn khởi, tin tưởng vào sự lãnh đạo của cấp ủy, chính quyền”.`;
      case 6:
        return `Bên cạnh kết quả đạt được, ${topic()} ${pick(OUTCOMES)}, nhất là ở ${pick(PLACES)} và ${pick(PLACES)}.`;
      case 7:
        return `Tổng kinh phí thực hiện trên ${decimal(1, 95)} tỷ đồng, trong đó ngân sách huyện hỗ trợ ${int(10, 70)}%, còn lại do nhân dân đóng góp.`;
      case 8:
        return `Thời gian tới, ${pick(ORGS)} tiếp tục ${pick(ACTIONS)} ${topic()}, ${pick(PURPOSES)}.`;
      default:
        return `Dịp này, ${pick(ORGS)} đã tặng giấy khen cho ${int(2, 40)} tập thể và ${int(3, 80)} cá nhân có thành tích xuất sắc trong ${topic()}.`;
    }
  }

  /** One article: title, summary (sapo), paragraphs and byline, all NFC. */
  function article(category: BenchCategory, year: number) {
    const main = pick(category.topics);
    // Mostly the article's own topic, sometimes a neighbour: real articles wander a bit.
    const topic = () => (random() < 0.7 ? main : pick(category.topics));
    const place = pick(PLACES);
    const titles = [
      `${pick(TITLE_OPENERS)} ${main} năm ${year}`,
      `${place[0]!.toUpperCase()}${place.slice(1)}: ${pick(EVENTS)} ${main}`,
      `${pick(ORGS)} ${pick(EVENTS)} ${main}`,
      `${main[0]!.toUpperCase()}${main.slice(1)} ở ${place} ${pick(OUTCOMES)}`,
    ];
    const paragraphCount = int(4, 8);
    const paragraphs = Array.from({ length: paragraphCount }, () =>
      Array.from({ length: int(2, 5) }, () => sentence(topic, year)).join(" "),
    );
    return {
      title: pick(titles).normalize("NFC"),
      summary: `${sentence(() => main, year)} ${sentence(topic, year)}`.normalize("NFC"),
      paragraphs: paragraphs.map((p) => p.normalize("NFC")),
      byline: `${person()}, ${pick(BYLINE_UNITS)}.`.normalize("NFC"),
    };
  }

  return { pick, int, article };
}

/**
 * Searches run before the timed ones, by the page and by the data layer alike, so that
 * neither times the first search of a process (its code compiled, its connections' first
 * use of the search functions and indexes). The manifest carries them to both, and leaves
 * them out of its timed queries, whose answers would then come from the page's cache.
 */
export const SEARCH_WARM_UP = ["tin tức", "ubnd xã"];

/**
 * Search queries a reader might type, with and without accents, single words, phrases
 * and exclusions: the search benchmark runs each once, so none is answered from cache.
 */
export function searchQueries(random: Rng, count: number): string[] {
  const { pick } = textComposer(random);
  const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  const allTopics = Object.values(TOPICS).flat();
  const words = (s: string) => s.split(/[\s,]+/).filter((w) => w.length > 2);
  const makers = [
    () => pick(allTopics),
    () => fold(pick(allTopics)).toLowerCase(),
    () => `"${pick(allTopics)}"`,
    () => pick(PLACES).replace(/^(xã|thị trấn) /, ""),
    () => `${pick(words(pick(allTopics)))} ${pick(PLACES).replace(/^(xã|thị trấn) /, "")}`,
    () => `${pick(SURNAMES)} ${pick(GIVEN)}`,
    () => `${pick(words(pick(allTopics)))} -${pick(words(pick(allTopics)))}`,
    () => fold(`${pick(words(pick(allTopics)))} ${pick(words(pick(allTopics)))}`).toLowerCase(),
  ];
  const queries = new Set<string>();
  while (queries.size < count) queries.add(pick(makers)().normalize("NFC"));
  return [...queries];
}

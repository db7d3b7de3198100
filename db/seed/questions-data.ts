import { eq } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { contactHashWith, sealWith } from "@/lib/contact-seal";
import { initialsOf, type QUESTION_FIELDS } from "@/lib/questions";
import { slugify } from "@/lib/slug";
import { addWorkingDays, vietnamToday } from "@/lib/working-days";
import type { Transaction } from "../client";
import { platformSettings, questions } from "../schema";

type DemoQuestion = {
  name: string;
  email: string;
  phone: string;
  field: (typeof QUESTION_FIELDS)[number];
  title: string;
  body: string;
  /** Days before the seed's `now` that it was asked. */
  askedDaysAgo: number;
  unitName?: string;
  answer?: string;
  state: "moi" | "dang_xu_ly" | "da_tra_loi";
};

/** Invented askers (emails on example.vn, numbers in the 0900 000 xxx range): no real person. */
const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    name: "Nguyễn Văn Bình",
    email: "binh.nguyen@example.vn",
    phone: "0900000101",
    field: "Đất đai",
    title: "Thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất bị rách",
    body: "Giấy chứng nhận quyền sử dụng đất của gia đình tôi cấp năm 2005 nay bị rách, mờ chữ. Xin hỏi tôi cần chuẩn bị hồ sơ gì để cấp đổi và nộp ở đâu?",
    askedDaysAgo: 40,
    unitName: "Phòng Kinh tế",
    answer:
      "Ông chuẩn bị đơn đề nghị cấp đổi theo Mẫu số 11/ĐK và bản gốc giấy chứng nhận đã cấp, nộp tại Bộ phận Một cửa hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n\nThời hạn giải quyết không quá 7 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    state: "da_tra_loi",
  },
  {
    name: "Trần Thị Mai",
    email: "mai.tran@example.vn",
    phone: "",
    field: "Hộ tịch, cư trú",
    title: "Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn",
    body: "Vợ chồng tôi chưa đăng ký kết hôn, nay muốn làm giấy khai sinh cho con và ghi tên bố. Xin hỏi thủ tục như thế nào?",
    askedDaysAgo: 30,
    unitName: "Văn phòng HĐND và UBND",
    answer:
      "Trường hợp này, khi đăng ký khai sinh, hai vợ chồng cùng có mặt để làm thủ tục nhận cha, con đồng thời với đăng ký khai sinh. Hồ sơ gồm tờ khai đăng ký khai sinh, giấy chứng sinh và tờ khai nhận cha, con kèm chứng cứ chứng minh quan hệ cha con.",
    state: "da_tra_loi",
  },
  {
    name: "Lê Quang Hải",
    email: "",
    phone: "0900000103",
    field: "Chính sách xã hội",
    title: "Mức trợ cấp xã hội hằng tháng cho người cao tuổi năm 2026",
    body: "Bố tôi năm nay tròn 80 tuổi, không có lương hưu. Xin hỏi bố tôi có được hưởng trợ cấp hằng tháng không và mức hưởng là bao nhiêu?",
    askedDaysAgo: 20,
    unitName: "Phòng Văn hóa - Xã hội",
    answer:
      "Người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng thuộc diện hưởng trợ cấp xã hội hằng tháng. Gia đình nộp tờ khai tại UBND cấp xã nơi cư trú; mức hưởng theo quy định hiện hành của Chính phủ.",
    state: "da_tra_loi",
  },
  {
    name: "Phạm Đức Long",
    email: "long.pham@example.vn",
    phone: "0900000104",
    field: "Môi trường",
    title: "Đề nghị thu gom rác thải tại khu dân cư mới",
    body: "Khu dân cư mới phía đông chưa có điểm tập kết rác, người dân phải đổ rác ven đường. Đề nghị chính quyền bố trí điểm thu gom.",
    askedDaysAgo: 28,
    unitName: "Phòng Kinh tế",
    state: "dang_xu_ly",
  },
  {
    name: "Hoàng Thị Thu",
    email: "thu.hoang@example.vn",
    phone: "",
    field: "Giáo dục",
    title: "Tuyển sinh lớp 1 cho trẻ có hộ khẩu tạm trú",
    body: "Gia đình tôi tạm trú tại địa phương được hai năm. Con tôi sang năm vào lớp 1 thì có được học ở trường tiểu học gần nhà không?",
    askedDaysAgo: 1,
    state: "moi",
  },
];

/** The contacts secret, as db/secrets.ts would create it (env wins), inside the seed's transaction. */
export async function contactsSecret(tx: Transaction): Promise<string> {
  if (process.env.CONTACTS_SECRET) return process.env.CONTACTS_SECRET;
  await tx.insert(platformSettings).values({ key: "secret:contacts", value: randomBytes(32).toString("base64url") }).onConflictDoNothing();
  const [row] = await tx.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, "secret:contacts"));
  return String(row!.value);
}

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const code = () => [...randomBytes(12)].map((b) => CODE_ALPHABET[b % 32]).join("");

/** Hỏi đáp of one demo site: answered questions to read, one in progress past its due date, one new. */
export async function seedQuestions(tx: Transaction, siteId: number, now: Date): Promise<void> {
  const secret = await contactsSecret(tx);
  const rows = DEMO_QUESTIONS.map((q) => {
    const asked = new Date(now.getTime() - q.askedDaysAgo * 86_400_000);
    const answered = q.state === "da_tra_loi" ? new Date(asked.getTime() + 6 * 86_400_000) : null;
    return {
      siteId,
      trackingCode: code(),
      slug: q.state === "da_tra_loi" ? slugify(q.title, 90) : null,
      field: q.field,
      title: q.title,
      body: q.body,
      askerInitials: initialsOf(q.name),
      contactSealed: sealWith(secret, { name: q.name, email: q.email, phone: q.phone, address: "" }),
      emailHash: contactHashWith(secret, "email", q.email),
      phoneHash: contactHashWith(secret, "phone", q.phone),
      consentAt: asked,
      state: q.state,
      unitName: q.unitName ?? "",
      assignedAt: q.unitName ? asked : null,
      // Weekends only: the seed runs before anyone has listed days off.
      dueOn: addWorkingDays(vietnamToday(asked), 15, new Set()),
      answer: q.answer ?? "",
      answerSubmittedAt: answered,
      publishedAt: answered,
      createdAt: asked,
      updatedAt: answered ?? asked,
    };
  });
  await tx.insert(questions).values(rows);
}

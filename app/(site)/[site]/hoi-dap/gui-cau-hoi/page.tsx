import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { AskForm } from "@/components/site/questions/ask-form";
import { answerWorkingDays, contactRetentionDays } from "@/db/questions";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";

// Cached like any reader page; a question sent without JavaScript is answered here by
// the action (rendered for that request only), with its tracking code.
export const revalidate = 3600;

type Props = PageProps<"/[site]/hoi-dap/gui-cau-hoi">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Gửi câu hỏi | Hỏi đáp | ${settings.portalName}`,
    description: `Gửi câu hỏi tới ${settings.agencyName}; theo dõi bằng mã tra cứu, không cần tài khoản.`,
    path: "/hoi-dap/gui-cau-hoi",
    siteName: settings.portalName,
    origin,
  });
}

export default async function AskPage({ params }: Props) {
  const { settings } = await getSiteChrome(await siteOf(params));
  const contact = [settings.email, settings.phone].filter(Boolean).join(", ");
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Breadcrumbs items={[{ label: "Hỏi đáp", href: "/hoi-dap" }, { label: "Gửi câu hỏi" }]} />
      <h1 className="text-2xl font-bold">Gửi câu hỏi</h1>
      <p className="text-muted">Câu hỏi được trả lời trong {answerWorkingDays()} ngày làm việc. Bạn nhận mã tra cứu ngay khi gửi; nếu để lại thư điện tử, bạn nhận thư khi có trả lời.</p>
      <section className="rounded bg-white p-5 shadow-sm" aria-label="Mẫu gửi câu hỏi">
        <AskForm consent={{ agencyName: settings.agencyName, retentionDays: contactRetentionDays(), contact }} />
      </section>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { PollResults } from "@/components/site/poll/poll-results";
import { getDb } from "@/db/index";
import { getPollForAdmin, pollState } from "@/db/polls";
import { parseId } from "@/lib/form-fields";
import { requirePermission } from "@/auth/guard";
import { formatDateTime, formatNumber } from "@/lib/format";
import { updatePollAction } from "../actions";
import { PollCommands } from "../poll-commands";
import { PollEditor } from "../poll-editor";
import { PollStateBadge } from "../poll-state-badge";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Sửa cuộc bình chọn" };

const NOTICES: Record<string, string> = {
  "da-tao": "Đã tạo cuộc bình chọn.",
  "da-nhan-ban": "Đã nhân bản thành cuộc bình chọn mới (chưa hiện trên trang chủ). Sửa phương án rồi lưu.",
};

export default async function EditPollPage({ params, searchParams }: PageProps<"/admin/binh-chon/[id]">) {
  const user = await requirePermission("poll.manage");
  const id = parseId((await params).id);
  if (!id) notFound();
  const poll = await getPollForAdmin(await getDb(), user, id);
  if (!poll) notFound();
  const { tb } = await searchParams;
  const notice = typeof tb === "string" ? NOTICES[tb] : undefined;
  const state = pollState(poll);
  const stateNote = {
    not_open: poll.opensAt ? `Chưa mở: nhận phiếu từ ${formatDateTime(poll.opensAt)}.` : "Chưa mở.",
    open: poll.closesAt ? `Đang nhận phiếu đến ${formatDateTime(poll.closesAt)}.` : "Đang nhận phiếu, không tự đóng.",
    closed: `Đã đóng${poll.closesAt ? ` lúc ${formatDateTime(poll.closesAt)}` : ""}: không nhận thêm phiếu.`,
  }[state];

  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href="/admin/binh-chon">Danh sách bình chọn</BackLink>
        <h1 className="mt-1 text-2xl font-bold">Sửa cuộc bình chọn</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <PollStateBadge state={state} />
          <span data-testid="poll-state-note">{stateNote}</span>
          {poll.isHomepagePoll ? (
            <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Đang hiện trên trang chủ</span>
          ) : poll.showOnHome ? (
            <span className="text-xs text-muted">(Đánh dấu trang chủ, nhưng một cuộc bình chọn mới hơn đang được hiện.)</span>
          ) : null}
        </p>
        {notice && (
          <p role="status" className="mt-3 rounded bg-green-50 px-3 py-2 text-sm text-green-800">
            {notice}
          </p>
        )}
      </div>

      <div className="grid items-start gap-6 xl:grid-cols-[3fr_2fr]">
        <Card title="Nội dung">
          <PollEditor
            action={updatePollAction.bind(null, poll.id)}
            submitLabel="Lưu thay đổi"
            poll={{
              question: poll.question,
              options: poll.options.map((o) => o.label),
              opensAt: poll.opensAt,
              closesAt: poll.closesAt,
              showOnHome: poll.showOnHome,
              locked: poll.votesRecorded > 0,
            }}
          />
        </Card>
        <div className="flex flex-col gap-6">
          <Card title="Kết quả">
            {poll.totalVotes === 0 ? <p className="mb-3 text-sm text-muted">Chưa có phiếu bình chọn.</p> : null}
            <PollResults poll={poll} />
            <div className="mt-4 flex flex-wrap gap-3 text-sm">
              <a href={`/admin/binh-chon/${poll.id}/csv`} className="rounded border border-stone-300 bg-white px-3 py-2 font-semibold hover:border-brand-600">
                Tải CSV (theo phương án và theo ngày)
              </a>
              <Link href={`/binh-chon/${poll.id}`} className="self-center text-brand-700 hover:underline">
                Xem trang công khai
              </Link>
            </div>
          </Card>
          <Card title="Thao tác">
            <PollCommands id={poll.id} canClose={state !== "closed"} canDelete={poll.votesRecorded === 0} />
            <p className="mt-3 text-xs text-muted">
              Tạo lúc {formatDateTime(poll.createdAt)} · {formatNumber(poll.totalVotes)} phiếu
            </p>
          </Card>
        </div>
      </div>
    </div>
  );
}

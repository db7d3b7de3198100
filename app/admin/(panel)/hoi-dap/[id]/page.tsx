import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { PlainParagraphs } from "@/components/site/questions/question-list";
import { getDb } from "@/db/index";
import { formatDue, getQuestionForStaff, knownUnits } from "@/db/questions";
import { requirePermission } from "@/auth/guard";
import { can } from "@/lib/auth/policy";
import { parseId } from "@/lib/form-fields";
import { formatDateTime } from "@/lib/format";
import { QUESTION_STATE_LABELS } from "@/lib/questions";
import { vietnamToday } from "@/lib/working-days";
import { AnswerWorkflow, AssignForm, ContactBox, RejectForms } from "./question-commands";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Câu hỏi" };

export default async function QuestionAdminPage({ params }: PageProps<"/admin/hoi-dap/[id]">) {
  const actor = await requirePermission("question.handle");
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const q = await getQuestionForStaff(db, actor, id);
  if (!q) notFound();
  const open = ["moi", "da_phan_cong", "dang_xu_ly", "cho_duyet"].includes(q.state);
  const drafting = ["moi", "da_phan_cong", "dang_xu_ly"].includes(q.state);
  const today = vietnamToday();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href="/admin/hoi-dap">Hỏi đáp</BackLink>
        <h1 className="mt-1 text-2xl font-bold">{q.title}</h1>
        <p className="text-sm text-muted">
          <span data-testid="question-state">{q.spam ? "Thư rác" : QUESTION_STATE_LABELS[q.state]}</span> · {q.field} · Nhận lúc {formatDateTime(q.createdAt)} · Hạn trả lời {formatDue(q.dueOn)}
          {open && q.dueOn < today && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Quá hạn</span>} · Mã tra cứu {q.trackingCode}
        </p>
        {q.slug && (
          <p className="text-sm">
            <a href={`/hoi-dap/${q.slug}`} className="text-brand-700 hover:underline">
              Xem trang công khai
            </a>
          </p>
        )}
      </div>
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-6">
          <Card title="Câu hỏi">
            <p className="mb-2 text-sm text-muted">Người hỏi: {q.askerInitials}</p>
            <PlainParagraphs text={q.body} />
          </Card>
          <AnswerWorkflow
            id={q.id}
            answer={q.answer}
            attachments={q.attachmentIds}
            drafting={drafting}
            waiting={q.state === "cho_duyet"}
            reviewing={q.state === "cho_duyet" && can(actor, "question.publish")}
            answerView={
              q.answer ? (
                <>
                  <PlainParagraphs text={q.answer} />
                  <p className="mt-3 text-xs text-muted">
                    {q.answeredBy ?? "—"}
                    {q.answerSubmittedAt && ` · gửi duyệt lúc ${formatDateTime(q.answerSubmittedAt)}`}
                    {q.publishedAt && ` · công khai lúc ${formatDateTime(q.publishedAt)}`}
                  </p>
                </>
              ) : null
            }
          />
          {q.state === "tu_choi" && <Card title="Từ chối">{q.rejectReason}</Card>}
        </div>
        <div className="flex flex-col gap-6">
          <Card title="Người hỏi">{q.contactErased ? <p className="text-sm text-muted">Thông tin liên hệ đã được xóa.</p> : <ContactBox id={q.id} />}</Card>
          {drafting && (
            <Card title="Phân công">
              <AssignForm id={q.id} unitName={q.unitName} units={await knownUnits(db, actor)} />
            </Card>
          )}
          {open && can(actor, "question.publish") && (
            <Card title="Từ chối">
              <RejectForms id={q.id} />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { commentAction, type CommentFormState } from "@/app/(site)/[site]/du-thao/actions";
import { ConsentBox, type ConsentNotice, fieldMaker, Honeypot, INPUT_CLASS as input } from "../citizen-form";
import { ChallengeWidget } from "../questions/challenge-widget";

/**
 * The comment form of an open draft. Works without JavaScript: it posts to the draft's
 * own page, which renders this form with the outcome. The contact is optional; given,
 * the consent box (never ticked in advance) says what the law asks (Luật 91/2025/QH15):
 * purpose, who keeps the data, for how long, how to withdraw.
 */
export function CommentForm({ slug, moderated, maxChars, consent }: { slug: string; moderated: boolean; maxChars: number; consent: ConsentNotice }) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(commentAction, { status: "idle" }, `/du-thao/${slug}`);

  if (state.status === "sent") {
    return (
      <div role="status" className="rounded bg-green-50 p-5 text-green-900">
        <h3 className="text-lg font-bold">Đã gửi góp ý</h3>
        <p className="mt-2">
          {state.shown
            ? "Cảm ơn bạn đã góp ý. Góp ý của bạn đã hiển thị trong danh sách góp ý bên dưới."
            : "Cảm ơn bạn đã góp ý. Góp ý sẽ hiển thị công khai sau khi cán bộ kiểm duyệt; mọi góp ý đều được tổng hợp vào báo cáo tiếp thu, giải trình."}
        </p>
        <p className="mt-3">
          <a href={`/du-thao/${slug}`} className="font-semibold text-brand-700 underline">
            Xem lại dự thảo
          </a>
        </p>
      </div>
    );
  }

  const v = state.values ?? {};
  const errors = state.errors ?? {};
  const field = fieldMaker("gy", v, errors);

  return (
    <form key={state.attempt ?? 0} action={action} noValidate className="flex flex-col gap-4" aria-describedby="gy-thong-bao">
      <input type="hidden" name="draft" value={slug} />
      <p id="gy-thong-bao" aria-live="polite" className={state.message ? "rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" : "sr-only"}>
        {state.message}
      </p>
      <fieldset disabled={pending} className="flex flex-col gap-4">
        <legend className="mb-2 font-bold">Nội dung góp ý</legend>
        {field("clause", "Điều, khoản góp ý (không bắt buộc)", (p) => <input {...p} maxLength={200} placeholder="Ví dụ: Điều 5, khoản 2" className={input} />)}
        {field(
          "body",
          "Nội dung góp ý (bắt buộc)",
          (p) => <textarea {...p} rows={8} maxLength={maxChars} className={input} />,
          `Tối đa ${maxChars.toLocaleString("vi-VN")} ký tự. ${moderated ? "Góp ý hiển thị công khai sau khi được kiểm duyệt." : "Góp ý hiển thị công khai ngay khi gửi."} Đường dẫn trong góp ý chỉ bấm được sau khi được duyệt.`,
        )}
      </fieldset>
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-bold">Người góp ý</legend>
        <div className="sm:col-span-2">
          {field("name", "Họ tên hoặc bút danh (bắt buộc)", (p) => <input {...p} autoComplete="name" maxLength={100} className={input} />, "Tên này hiển thị công khai cùng góp ý; bạn có thể dùng bút danh.")}
        </div>
        {field("email", "Thư điện tử (không bắt buộc)", (p) => <input {...p} type="email" autoComplete="email" maxLength={254} className={input} />, "Để cơ quan soạn thảo liên hệ khi cần làm rõ góp ý.")}
        {field("phone", "Số điện thoại (không bắt buộc)", (p) => <input {...p} type="tel" autoComplete="tel" maxLength={20} className={input} />)}
        <Honeypot prefix="gy" />
        <div className="sm:col-span-2">
          <ConsentBox prefix="gy" errors={errors}>
            Chỉ cần đánh dấu nếu bạn để lại thư điện tử hoặc số điện thoại: Tôi đồng ý để {consent.agencyName} xử lý họ tên và thông tin liên hệ tôi cung cấp <strong>chỉ để liên hệ làm rõ góp ý này</strong>.{" "}
            {consent.agencyName} lưu giữ dữ liệu (được mã hóa), chỉ cán bộ tổng hợp góp ý được xem; thông tin liên hệ được xóa {consent.retentionDays} ngày sau khi kết thúc lấy ý kiến và không bao giờ hiển thị công khai. Tôi có thể rút lại sự đồng ý và yêu cầu
            xóa dữ liệu bất cứ lúc nào {consent.contact ? `(liên hệ ${consent.contact})` : "(liên hệ cơ quan)"}.
          </ConsentBox>
        </div>
        {state.challenge && (
          <div className="sm:col-span-2">
            <ChallengeWidget what="góp ý" />
          </div>
        )}
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Đang gửi…" : "Gửi góp ý"}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { askQuestionAction, type AskState } from "@/app/(site)/[site]/hoi-dap/actions";
import { QUESTION_FIELDS } from "@/lib/questions";
import { ConsentBox, type ConsentNotice, fieldMaker, Honeypot, INPUT_CLASS as input } from "../citizen-form";
import { ChallengeWidget } from "./challenge-widget";

export const ASK_PERMALINK = "/hoi-dap/gui-cau-hoi";

/**
 * The asking form. Works without JavaScript: it posts to its permalink, which renders
 * this same form with the outcome (the tracking code). The consent box is never ticked
 * in advance and says what the law asks (Luật 91/2025/QH15): purpose, who keeps the
 * data, for how long, how to withdraw. No file upload: identity papers are never asked.
 */
export function AskForm({ consent }: { consent: ConsentNotice }) {
  const [state, action, pending] = useActionState<AskState, FormData>(askQuestionAction, { status: "idle" }, ASK_PERMALINK);

  if (state.status === "sent" && state.trackingCode) {
    const link = `/hoi-dap/tra-cuu?ma=${state.trackingCode}`;
    return (
      <div role="status" className="rounded bg-green-50 p-5 text-green-900">
        <h2 className="text-lg font-bold">Đã gửi câu hỏi</h2>
        <p className="mt-2">
          Mã tra cứu của bạn: <strong className="font-mono text-xl tracking-widest" data-testid="tracking-code">{state.trackingCode}</strong>
        </p>
        <p className="mt-2 text-sm">Hãy ghi lại mã này. Bạn theo dõi câu hỏi bằng mã, không cần tài khoản.</p>
        <p className="mt-3">
          <a href={link} className="font-semibold text-brand-700 underline">
            Theo dõi câu hỏi của bạn
          </a>
        </p>
      </div>
    );
  }

  const v = state.values ?? {};
  const errors = state.errors ?? {};
  const field = fieldMaker("hoi", v, errors);

  return (
    // Keyed by attempt: React resets a form after its action, and a <select> would lose the
    // field chosen; drawn afresh, every control shows what was sent.
    <form key={state.attempt ?? 0} action={action} noValidate className="flex flex-col gap-4" aria-describedby="hoi-thong-bao">
      <p id="hoi-thong-bao" aria-live="polite" className={state.message ? "rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" : "sr-only"}>
        {state.message}
      </p>
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-bold">Người hỏi</legend>
        {field("name", "Họ và tên (bắt buộc)", (p) => <input {...p} autoComplete="name" maxLength={100} className={input} />)}
        {field("address", "Địa chỉ (không bắt buộc)", (p) => <input {...p} autoComplete="address-line1" maxLength={300} className={input} />)}
        {field("email", "Thư điện tử", (p) => <input {...p} type="email" autoComplete="email" maxLength={254} className={input} />, "Nhập thư điện tử hoặc số điện thoại (ít nhất một) để nhận trả lời.")}
        {field("phone", "Số điện thoại", (p) => <input {...p} type="tel" autoComplete="tel" maxLength={20} className={input} />)}
      </fieldset>
      <fieldset disabled={pending} className="flex flex-col gap-4">
        <legend className="mb-2 font-bold">Câu hỏi</legend>
        {field("field", "Lĩnh vực (bắt buộc)", (p) => (
          <select {...p} className={input}>
            <option value="">— Chọn lĩnh vực —</option>
            {QUESTION_FIELDS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        ))}
        {field("title", "Tiêu đề (bắt buộc)", (p) => <input {...p} maxLength={200} className={input} />)}
        {field("body", "Nội dung câu hỏi (bắt buộc)", (p) => <textarea {...p} rows={8} maxLength={5000} className={input} />, "Tối đa 5.000 ký tự. Không gửi ảnh hay bản sao giấy tờ tùy thân.")}
        <Honeypot prefix="hoi" />
        <ConsentBox prefix="hoi" errors={errors} required>
          Tôi đồng ý để {consent.agencyName} xử lý họ tên, thông tin liên hệ và địa chỉ tôi cung cấp <strong>chỉ để trả lời câu hỏi này</strong>. {consent.agencyName} lưu giữ dữ liệu (được mã hóa),
          chỉ cán bộ xử lý câu hỏi được xem; dữ liệu liên hệ được xóa {consent.retentionDays} ngày sau khi trả lời. Khi công khai, chỉ hiện chữ cái đầu của họ tên. Tôi có thể rút lại sự đồng ý và yêu cầu
          xóa dữ liệu bất cứ lúc nào {consent.contact ? `(liên hệ ${consent.contact}, kèm mã tra cứu)` : "(liên hệ cơ quan, kèm mã tra cứu)"}.
        </ConsentBox>
        {state.challenge && <ChallengeWidget />}
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Đang gửi…" : "Gửi câu hỏi"}
        </button>
      </div>
    </form>
  );
}

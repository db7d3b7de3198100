"use client";

import { useActionState } from "react";
import { FormFooter } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { saveDaysOffAction } from "./actions";

export function DaysOffForm({ initial }: { initial: string }) {
  const [state, action] = useActionState<ActionState, FormData>(saveDaysOffAction, {});
  const error = state.errors?.days;
  return (
    <form action={action} aria-label="Ngày nghỉ" className="flex flex-col gap-3">
      <label htmlFor="f-days" className="text-sm font-semibold">
        Ngày nghỉ, mỗi dòng một ngày
      </label>
      <p id="f-days-hint" className="text-xs text-muted">
        Ví dụ: 30/04/2027 Ngày Chiến thắng. Thứ Bảy và Chủ nhật đã được bỏ qua, không cần nhập.
      </p>
      <textarea
        id="f-days"
        name="days"
        rows={16}
        defaultValue={initial}
        aria-invalid={error ? true : undefined}
        aria-describedby={`f-days-hint${error ? " f-days-error" : ""}`}
        className="w-full rounded border border-stone-300 bg-white px-3 py-2 font-mono text-sm"
      />
      {error && (
        <p id="f-days-error" className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      )}
      <FormFooter state={state}>Lưu danh sách ngày nghỉ</FormFooter>
    </form>
  );
}

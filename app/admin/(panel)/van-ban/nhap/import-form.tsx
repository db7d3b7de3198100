"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import { importDocumentsAction, type ImportState } from "../actions";

export function ImportForm() {
  const [state, action] = useActionState<ImportState, FormData>(importDocumentsAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Nhập văn bản từ tệp CSV">
      <div className="flex flex-col gap-1">
        <label htmlFor="csv-file" className="text-sm font-semibold">
          Tệp CSV<span className="text-red-700" aria-hidden="true"> *</span>
        </label>
        <input id="csv-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby={state.errors?.file ? "csv-file-error" : undefined} className="text-sm" />
        {state.errors?.file && (
          <p id="csv-file-error" className="text-sm text-red-700">
            {state.errors.file.join(" ")}
          </p>
        )}
      </div>
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" name="publish" className="h-4 w-4 accent-brand-600" />
        Xuất bản ngay (không chọn: nhập thành bản nháp)
      </label>
      <FormMessage state={state} />
      {state.rowErrors && state.rowErrors.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" aria-label="Các dòng có lỗi">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-1 pr-3">Dòng</th>
                <th scope="col" className="py-1">Lỗi</th>
              </tr>
            </thead>
            <tbody>
              {state.rowErrors.map((e) => (
                <tr key={e.row} className="border-b border-stone-200 align-top">
                  <td className="py-1 pr-3 font-semibold">Dòng {e.row}</td>
                  <td className="py-1">{e.messages.join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <SubmitButton pendingText="Đang kiểm tra…">Nhập văn bản</SubmitButton>
      </div>
    </form>
  );
}

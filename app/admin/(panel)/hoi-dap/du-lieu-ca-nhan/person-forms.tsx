"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { erasePersonAction, exportPersonAction, type ExportState } from "../actions";

/** One person, found by email or phone: export what is kept about them, or erase it. */
export function PersonDataForm() {
  const [exportState, exportAction] = useActionState<ExportState, FormData>(exportPersonAction, {});
  const [eraseState, eraseAction] = useActionState<ActionState, FormData>(erasePersonAction, {});
  const state = eraseState.message ? eraseState : exportState;
  // React resets a form after its action; the person looked up stays in the fields, so an
  // export can be followed by the erasure without typing the address again.
  const [person, setPerson] = useState({ email: "", phone: "" });
  return (
    <form
      action={exportAction}
      onChange={(e) => {
        const form = e.currentTarget.elements;
        setPerson({ email: (form.namedItem("email") as HTMLInputElement).value, phone: (form.namedItem("phone") as HTMLInputElement).value });
      }}
      className="flex flex-col gap-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="email" label="Thư điện tử" type="email" state={state} defaultValue={person.email} />
        <Field name="phone" label="Số điện thoại" type="tel" state={state} defaultValue={person.phone} />
      </div>
      <FormMessage state={exportState} />
      <FormMessage state={eraseState} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:border-brand-600">
          Xuất dữ liệu
        </button>
        <button
          type="submit"
          formAction={eraseAction}
          onClick={(e) => {
            if (!window.confirm("Xóa toàn bộ dữ liệu của người này? Không thể hoàn tác.")) e.preventDefault();
          }}
          className="rounded border border-red-300 bg-white px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50"
        >
          Xóa dữ liệu của người này
        </button>
      </div>
      {exportState.exported && (
        <pre className="max-h-96 overflow-auto rounded bg-stone-100 p-3 text-xs" data-testid="person-export">
          {exportState.exported}
        </pre>
      )}
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormFooter } from "@/components/admin/form";
import { RowCommands } from "@/components/admin/row-commands";
import { ImagePicker } from "@/components/admin/image-picker";
import type { AdminLeader } from "@/db/unit-info";
import type { ActionState } from "@/auth/action";
import type { MediaChoiceView } from "@/lib/media-choice";
import { createLeaderAction, deleteLeaderAction, moveLeaderAction, updateLeaderAction } from "../actions";

const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

function TextArea({ name, label, value, state, prefix, hint }: { name: string; label: string; value: string; state: ActionState; prefix: string; hint?: string }) {
  const id = `${prefix}-${name}`;
  const errors = state.errors?.[name];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">{label}</label>
      <textarea id={id} name={name} defaultValue={value} rows={4} className={control} aria-invalid={errors?.length ? true : undefined} aria-describedby={[hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined} />
      {hint && <p id={`${id}-hint`} className="text-xs text-muted">{hint}</p>}
      {errors?.length ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** Fields of a leader: Field ids are per form (the page has one form per leader). */
function Input({ name, label, value, state, prefix, required = false, type = "text" }: { name: string; label: string; value: string; state: ActionState; prefix: string; required?: boolean; type?: string }) {
  const id = `${prefix}-${name}`;
  const errors = state.errors?.[name];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
        {required && <span className="text-red-700" aria-hidden="true"> *</span>}
      </label>
      <input id={id} name={name} type={type} defaultValue={value} required={required} className={control} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined} />
      {errors?.length ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}

export function LeaderForm({ leader, photo, units, maxUploadBytes }: { leader: AdminLeader | null; photo: MediaChoiceView[]; units: { id: number; name: string }[]; maxUploadBytes: number }) {
  const [state, action] = useActionState<ActionState, FormData>(leader ? updateLeaderAction : createLeaderAction, {});
  const p = leader ? `ld${leader.id}` : "ld-moi";
  const v = leader ?? { name: "", title: "", titleEn: "", term: "", biography: "", biographyEn: "", duties: "", dutiesEn: "", phone: "", email: "", unitId: null, current: true };
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" aria-label={leader ? `Sửa ${leader.name}` : "Thêm lãnh đạo"} noValidate>
      {leader && <input type="hidden" name="id" value={leader.id} />}
      <Input name="name" label="Họ và tên" value={v.name} state={state} prefix={p} required />
      <Input name="title" label="Chức vụ" value={v.title} state={state} prefix={p} required />
      <Input name="term" label="Nhiệm kỳ" value={v.term} state={state} prefix={p} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${p}-unitId`} className="text-sm font-semibold">Phụ trách đơn vị</label>
        <select id={`${p}-unitId`} name="unitId" defaultValue={v.unitId ?? ""} className={control}>
          <option value="">— Không —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{u.name}</option>
          ))}
        </select>
      </div>
      <Input name="phone" label="Điện thoại công vụ" value={v.phone} state={state} prefix={p} type="tel" />
      <Input name="email" label="Thư điện tử công vụ" value={v.email} state={state} prefix={p} type="email" />
      <div className="md:col-span-2">
        <ImagePicker name="photoMediaId" legend="Ảnh chân dung" initial={photo} maxUploadBytes={maxUploadBytes} errors={state.errors?.photoMediaId} />
      </div>
      <TextArea name="biography" label="Tiểu sử tóm tắt" value={v.biography} state={state} prefix={p} hint="Mỗi dòng một đoạn." />
      <TextArea name="duties" label="Nhiệm vụ đảm nhiệm" value={v.duties} state={state} prefix={p} hint="Mỗi dòng một nhiệm vụ." />
      <Input name="titleEn" label="Chức vụ (tiếng Anh)" value={v.titleEn} state={state} prefix={p} />
      <div />
      <TextArea name="biographyEn" label="Tiểu sử (tiếng Anh)" value={v.biographyEn} state={state} prefix={p} />
      <TextArea name="dutiesEn" label="Nhiệm vụ (tiếng Anh)" value={v.dutiesEn} state={state} prefix={p} />
      <label className="flex items-center gap-2 text-sm font-semibold md:col-span-2">
        <input type="checkbox" name="current" defaultChecked={v.current} className="h-4 w-4 accent-brand-600" />
        Đương nhiệm
      </label>
      <FormFooter state={state} className="flex flex-col gap-2 md:col-span-2">{leader ? "Lưu" : "Thêm lãnh đạo"}</FormFooter>
    </form>
  );
}

export function LeaderRowCommands({ id, name, first, last }: { id: number; name: string; first: boolean; last: boolean }) {
  return (
    <RowCommands
      id={id}
      name={name}
      first={first}
      last={last}
      move={moveLeaderAction}
      remove={deleteLeaderAction}
      confirmDelete={`Xóa hẳn ${name}? Muốn giữ trong danh sách lưu trữ, hãy bỏ chọn “Đương nhiệm” thay vì xóa.`}
    />
  );
}


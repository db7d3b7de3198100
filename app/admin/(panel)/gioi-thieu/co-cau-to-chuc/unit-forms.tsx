"use client";

import { useActionState } from "react";
import { FormFooter } from "@/components/admin/form";
import { RowCommands } from "@/components/admin/row-commands";
import type { AdminUnit } from "@/db/unit-info";
import type { ActionState } from "@/auth/action";
import { createUnitAction, deleteUnitAction, moveUnitAction, updateUnitAction } from "../actions";

const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

function Control({ name, label, prefix, state, required = false, children }: { name: string; label: string; prefix: string; state: ActionState; required?: boolean; children: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string; className: string }) => React.ReactNode }) {
  const id = `${prefix}-${name}`;
  const errors = state.errors?.[name];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
        {required && <span className="text-red-700" aria-hidden="true"> *</span>}
      </label>
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": errors?.length ? `${id}-error` : undefined, className: control })}
      {errors?.length ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}

export function UnitForm({ unit, parents, kinds }: { unit: AdminUnit | null; parents: { id: number; name: string }[]; kinds: { value: string; label: string }[] }) {
  const [state, action] = useActionState<ActionState, FormData>(unit ? updateUnitAction : createUnitAction, {});
  const p = unit ? `dv${unit.id}` : "dv-moi";
  const v = unit ?? { name: "", nameEn: "", kind: "phong", parentId: null, functions: "", functionsEn: "", headName: "", headTitle: "", address: "", phone: "", email: "" };
  const text = (name: keyof typeof v, label: string, required = false, type = "text") => (
    <Control name={name} label={label} prefix={p} state={state} required={required}>
      {(props) => <input {...props} name={name} type={type} defaultValue={String(v[name] ?? "")} required={required} />}
    </Control>
  );
  const area = (name: keyof typeof v, label: string) => (
    <Control name={name} label={label} prefix={p} state={state}>
      {(props) => <textarea {...props} name={name} rows={4} defaultValue={String(v[name] ?? "")} />}
    </Control>
  );
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" aria-label={unit ? `Sửa ${unit.name}` : "Thêm đơn vị"} noValidate>
      {unit && <input type="hidden" name="id" value={unit.id} />}
      {text("name", "Tên đơn vị", true)}
      <Control name="kind" label="Loại" prefix={p} state={state}>
        {(props) => (
          <select {...props} name="kind" defaultValue={v.kind}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>{k.label}</option>
            ))}
          </select>
        )}
      </Control>
      <Control name="parentId" label="Trực thuộc" prefix={p} state={state}>
        {(props) => (
          <select {...props} name="parentId" defaultValue={v.parentId ?? ""}>
            <option value="">— Cấp trên cùng —</option>
            {parents
              .filter((x) => x.id !== unit?.id)
              .map((x) => (
                <option key={x.id} value={x.id}>{x.name}</option>
              ))}
          </select>
        )}
      </Control>
      {text("headName", "Người đứng đầu")}
      {text("headTitle", "Chức vụ người đứng đầu")}
      {text("address", "Địa chỉ")}
      {text("phone", "Điện thoại", false, "tel")}
      {text("email", "Thư điện tử", false, "email")}
      <div className="md:col-span-2">{area("functions", "Chức năng, nhiệm vụ")}</div>
      {text("nameEn", "Tên đơn vị (tiếng Anh)")}
      <div />
      <div className="md:col-span-2">{area("functionsEn", "Chức năng, nhiệm vụ (tiếng Anh)")}</div>
      <FormFooter state={state} className="flex flex-col gap-2 md:col-span-2">{unit ? "Lưu" : "Thêm đơn vị"}</FormFooter>
    </form>
  );
}

export function UnitRowCommands({ id, name, first, last }: { id: number; name: string; first: boolean; last: boolean }) {
  return <RowCommands id={id} name={name} first={first} last={last} move={moveUnitAction} remove={deleteUnitAction} confirmDelete={`Xóa đơn vị ${name}?`} />;
}

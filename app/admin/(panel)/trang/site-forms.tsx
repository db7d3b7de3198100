"use client";

import { useActionState } from "react";
import { Field, FormFooter } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { SITE_KIND_LABELS, SITE_KINDS, SITE_STATE_LABELS, SITE_STATES, type SiteKind, type SiteState } from "@/lib/site";
import { createSiteAction, updateSiteAction } from "./actions";

export type SiteRow = { id: number; slug: string; kind: SiteKind; name: string; state: SiteState; parentId: number | null; hosts: string[] };
type Parent = { id: number; label: string };

const select = "w-full rounded border border-stone-300 bg-white px-3 py-2";

function SiteFields({ state, site, parents }: { state: ActionState; site?: SiteRow; parents: Parent[] }) {
  return (
    <>
      <Field name="name" label="Tên đơn vị (không kèm cấp)" required state={state} defaultValue={site?.name} hint="Ví dụ: Tân Hòa. Cấp (xã, phường, tỉnh…) lấy từ loại đơn vị." />
      <Field name="slug" label="Mã trang" required state={state} defaultValue={site?.slug} hint="Chữ thường không dấu, ví dụ tan-hoa; trang chạy tại tan-hoa.<tên miền cổng tỉnh>." />
      <Field name="kind" label="Loại đơn vị" state={state}>
        <select id="f-kind" name="kind" defaultValue={site?.kind ?? "xa"} className={select}>
          {SITE_KINDS.map((k) => (
            <option key={k} value={k}>
              {SITE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field name="parentId" label="Trực thuộc" state={state}>
        <select id="f-parentId" name="parentId" defaultValue={site?.parentId ?? ""} className={select}>
          <option value="">(không: cổng cấp tỉnh)</option>
          {parents.filter((p) => p.id !== site?.id).map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <Field name="state" label="Trạng thái" state={state}>
        <select id="f-state" name="state" defaultValue={site?.state ?? "live"} className={select}>
          {SITE_STATES.map((s) => (
            <option key={s} value={s}>
              {SITE_STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field name="hosts" label="Tên miền" state={state} defaultValue={site?.hosts.join(" ")} hint="Cách nhau bởi dấu cách, tên đầu tiên là địa chỉ chính, ví dụ tanhoa.hungyen.gov.vn." />
    </>
  );
}

export function CreateSiteForm({ parents }: { parents: Parent[] }) {
  const [state, action] = useActionState<ActionState, FormData>(createSiteAction, {});
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" aria-label="Tạo trang mới" noValidate>
      <SiteFields state={state} parents={parents} />
      <Field name="adminEmail" label="Email quản trị viên của trang" type="email" state={state} autoComplete="off" hint="Tài khoản sẵn có được thêm vào; email mới được tạo tài khoản với mật khẩu dùng một lần." />
      <Field name="adminName" label="Họ tên quản trị viên" state={state} />
      <FormFooter state={state} className="flex flex-col gap-3 md:col-span-2">Tạo trang</FormFooter>
    </form>
  );
}

export function EditSiteForm({ site, parents }: { site: SiteRow; parents: Parent[] }) {
  const [state, action] = useActionState<ActionState, FormData>(updateSiteAction, {});
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" aria-label={`Sửa trang ${site.slug}`} noValidate>
      <input type="hidden" name="id" value={site.id} />
      <SiteFields state={state} site={site} parents={parents} />
      <FormFooter state={state} className="flex flex-col gap-3 md:col-span-2">Lưu</FormFooter>
    </form>
  );
}

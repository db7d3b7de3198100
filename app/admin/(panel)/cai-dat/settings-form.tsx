"use client";

import { useActionState, useRef, useState } from "react";
import { Field, FormFooter, submitKeepingValues } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { saveSettingsAction } from "./actions";

const MAX_CITIES = 6;

type City = { name: string; latitude: string; longitude: string };
type Link = { label: string; url: string };
export type SettingsValues = {
  portalName: string;
  agencyName: string;
  address: string;
  phone: string;
  fax: string;
  hotline: string;
  email: string;
  footerText: string;
  responsiblePerson: string;
  weatherCities: City[];
  links: Link[];
};

/** Rows with stable keys, so removing one keeps what was typed in the others. */
function useRows<T>(initial: T[], blank: T) {
  const next = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((value, key) => ({ key, value })));
  return {
    rows,
    add: () => setRows((r) => [...r, { key: next.current++, value: blank }]),
    remove: (key: number) => setRows((r) => r.filter((row) => row.key !== key)),
  };
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} aria-label={label} className="justify-self-start rounded border border-stone-300 bg-white px-3 py-2.5 text-sm text-red-800 hover:border-red-400 sm:mt-6">
      Xóa
    </button>
  );
}

function AddButton({ children, onClick, disabled }: { children: React.ReactNode; onClick: () => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="self-start rounded border border-dashed border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:border-brand-600 disabled:cursor-not-allowed disabled:opacity-50"
    >
      {children}
    </button>
  );
}

function GroupError({ state, name }: { state: ActionState; name: string }) {
  const errors = state.errors?.[name];
  return errors?.length ? <p className="text-sm text-red-700">{errors.join(" ")}</p> : null;
}

const SrOnly = ({ children }: { children: React.ReactNode }) => <span className="sr-only">{children}</span>;

/**
 * Submitted from onSubmit, so a refused save keeps what the admin typed; rows are named
 * weatherCities.0.name, links.1.url… (lib/form-data.ts) and errors come back per input.
 */
export function SettingsForm({ settings }: { settings: SettingsValues }) {
  const [state, dispatch] = useActionState<ActionState, FormData>(saveSettingsAction, {});
  const cities = useRows<City>(settings.weatherCities, { name: "", latitude: "", longitude: "" });
  const links = useRows<Link>(settings.links, { label: "", url: "" });

  return (
    <form
      action={dispatch}
      onSubmit={submitKeepingValues(dispatch)}
      className="flex flex-col gap-8"
      aria-label="Cài đặt cổng thông tin"
      noValidate
    >
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-3 text-base font-bold">Cổng thông tin và cơ quan</legend>
        <Field name="portalName" label="Tên cổng thông tin" required state={state} defaultValue={settings.portalName} />
        <Field name="agencyName" label="Cơ quan chủ quản" required state={state} defaultValue={settings.agencyName} />
        <Field name="responsiblePerson" label="Người chịu trách nhiệm" state={state} defaultValue={settings.responsiblePerson} />
        <div className="md:col-span-2">
          <Field name="address" label="Địa chỉ" state={state} defaultValue={settings.address} />
        </div>
      </fieldset>

      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-3 text-base font-bold">Liên hệ</legend>
        <Field name="phone" label="Điện thoại" type="tel" state={state} defaultValue={settings.phone} placeholder="0227 3861 234" />
        <Field name="fax" label="Fax" type="tel" state={state} defaultValue={settings.fax} />
        <Field name="hotline" label="Đường dây nóng" type="tel" state={state} defaultValue={settings.hotline} />
        <Field name="email" label="Thư điện tử" type="email" state={state} defaultValue={settings.email} />
        <div className="md:col-span-2">
          <Field name="footerText" label="Dòng chữ chân trang" state={state} defaultValue={settings.footerText} hint="Hiện ở góc phải chân trang, tối đa 400 ký tự." />
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-base font-bold">Thời tiết</legend>
        <p className="text-xs text-muted">
          Tối đa {MAX_CITIES} thành phố. Tọa độ dạng số thập phân (dấu chấm hoặc phẩy), ví dụ Hà Nội: vĩ độ 21.0285, kinh độ 105.8542.
        </p>
        <GroupError state={state} name="weatherCities" />
        <ol className="flex flex-col gap-3">
          {cities.rows.map((row, i) => (
            <li key={row.key} className="grid items-start gap-3 rounded border border-stone-200 p-3 sm:grid-cols-[1fr_1fr_auto] xl:grid-cols-[2fr_1fr_1fr_auto]">
              <div className="sm:col-span-3 xl:col-span-1">
                <Field name={`weatherCities.${i}.name`} label={<>Tên thành phố<SrOnly> {i + 1}</SrOnly></>} state={state} defaultValue={row.value.name} />
              </div>
              <Field name={`weatherCities.${i}.latitude`} label={<>Vĩ độ<SrOnly> thành phố {i + 1}</SrOnly></>} inputMode="decimal" state={state} defaultValue={row.value.latitude} />
              <Field name={`weatherCities.${i}.longitude`} label={<>Kinh độ<SrOnly> thành phố {i + 1}</SrOnly></>} inputMode="decimal" state={state} defaultValue={row.value.longitude} />
              <RemoveButton label={`Xóa thành phố ${i + 1}`} onClick={() => cities.remove(row.key)} />
            </li>
          ))}
        </ol>
        <AddButton onClick={cities.add} disabled={cities.rows.length >= MAX_CITIES}>
          + Thêm thành phố
        </AddButton>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-base font-bold">Liên kết website</legend>
        <p className="text-xs text-muted">Hiện ở cột bên, mở trong thẻ mới. Chỉ nhận địa chỉ https://.</p>
        <GroupError state={state} name="links" />
        <ol className="flex flex-col gap-3">
          {links.rows.map((row, i) => (
            <li key={row.key} className="grid items-start gap-3 rounded border border-stone-200 p-3 sm:grid-cols-[1fr_auto] xl:grid-cols-[1fr_1fr_auto]">
              <div className="sm:col-span-2 xl:col-span-1">
                <Field name={`links.${i}.label`} label={<>Tên hiển thị<SrOnly> liên kết {i + 1}</SrOnly></>} state={state} defaultValue={row.value.label} />
              </div>
              <Field name={`links.${i}.url`} label={<>Địa chỉ<SrOnly> liên kết {i + 1}</SrOnly></>} type="url" placeholder="https://" state={state} defaultValue={row.value.url} />
              <RemoveButton label={`Xóa liên kết ${i + 1}`} onClick={() => links.remove(row.key)} />
            </li>
          ))}
        </ol>
        <AddButton onClick={links.add}>+ Thêm liên kết</AddButton>
      </fieldset>

      <FormFooter state={state} className="flex flex-col gap-3 border-t border-stone-200 pt-4">Lưu cài đặt</FormFooter>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Field, FormFooter } from "@/components/admin/form";
import { ImagePicker } from "@/components/admin/image-picker";
import { RichTextEditor } from "@/components/admin/rich-text-editor";
import type { ActionState } from "@/auth/action";
import type { MediaChoiceView } from "@/lib/media-choice";
import type { IntroSectionKey, UnitIntro } from "@/lib/unit-info";
import { saveIntroAction } from "./actions";

const ENGLISH = [
  { key: "overviewEn", label: "Giới thiệu chung (tiếng Anh)" },
  { key: "functionsEn", label: "Chức năng, nhiệm vụ (tiếng Anh)" },
] as const;

function Editor({ name, label, html, maxUploadBytes, errors }: { name: string; label: string; html: string; maxUploadBytes: number; errors?: string[] }) {
  const labelId = `nhan-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-sm font-semibold">
        {label}
      </span>
      <RichTextEditor name={name} initialHtml={html} maxUploadBytes={maxUploadBytes} labelId={labelId} />
      {errors?.length ? <p className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** `sections`: lib/unit-info.ts INTRO_SECTIONS, passed in so the sanitizer it imports stays on the server. */
export function IntroForm({ intro, sections, map, landmarks, maxUploadBytes }: { intro: UnitIntro; sections: readonly { key: IntroSectionKey; label: string }[]; map: MediaChoiceView[]; landmarks: MediaChoiceView[]; maxUploadBytes: number }) {
  const [state, action] = useActionState<ActionState, FormData>(saveIntroAction, {});
  return (
    <form action={action} className="flex flex-col gap-6" aria-label="Sửa trang Giới thiệu" noValidate>
      {sections.map((s) => (
        <div key={s.key} className="flex flex-col gap-3">
          <Editor name={s.key} label={s.label} html={intro[s.key]} maxUploadBytes={maxUploadBytes} errors={state.errors?.[s.key]} />
          {s.key === "map" && <ImagePicker name="mapMediaId" legend="Ảnh bản đồ địa giới hành chính" initial={map} maxUploadBytes={maxUploadBytes} errors={state.errors?.mapMediaId} />}
          {s.key === "landmarks" && <ImagePicker name="landmarkMediaIds" legend="Ảnh di tích, danh thắng" initial={landmarks} multiple maxUploadBytes={maxUploadBytes} errors={state.errors?.landmarkMediaIds} />}
        </div>
      ))}
      <fieldset className="flex flex-col gap-4 rounded border border-stone-200 p-4">
        <legend className="px-1 font-semibold">Trang tiếng Anh (/en)</legend>
        <Field name="nameEn" label="Tên đơn vị bằng tiếng Anh" defaultValue={intro.nameEn} state={state} hint="Để trống: tự đặt theo cấp và tên đơn vị, ví dụ People's Committee of Tan Hoa Commune." />
        {ENGLISH.map((e) => (
          <Editor key={e.key} name={e.key} label={e.label} html={intro[e.key]} maxUploadBytes={maxUploadBytes} errors={state.errors?.[e.key]} />
        ))}
      </fieldset>
      <FormFooter state={state}>Lưu trang Giới thiệu</FormFooter>
    </form>
  );
}

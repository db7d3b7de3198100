"use client";

import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/admin/form";
import { RichTextEditor, type InsertableImage } from "@/components/admin/rich-text-editor";
import type { ActionState } from "@/lib/auth/action";
import { createArticleAction, saveArticleAction } from "./actions";

export type ArticleFormValues = {
  id?: number;
  title: string;
  slug: string;
  summary: string;
  body: string;
  byline: string;
  categoryId: number | null;
  coverMediaId: number | null;
  coverCaption: string;
  featured: boolean;
  status: string;
};

const AUTOSAVE_MS = 30_000;

/**
 * The article editor. Drafts save themselves every 30 seconds when changed, and leaving
 * the page with unsaved changes asks first.
 */
export function ArticleForm({
  values,
  categories,
  images,
  isEditor,
}: {
  values: ArticleFormValues;
  categories: { id: number; name: string }[];
  images: InsertableImage[];
  isEditor: boolean;
}) {
  const editing = values.id !== undefined;
  const [state, action] = useActionState<ActionState, FormData>(editing ? saveArticleAction : createArticleAction, {});
  const [autosaveState, setAutosaveState] = useState<ActionState>({});
  const [dirty, setDirty] = useState(false);
  const [, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const markDirty = () => setDirty(true);

  useEffect(() => {
    if (state.ok) setDirty(false);
  }, [state]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (!editing || !dirty || values.status !== "draft") return;
    const timer = setTimeout(() => {
      if (!form.current) return;
      const data = new FormData(form.current);
      data.set("intent", "autosave");
      startTransition(async () => {
        const result = await saveArticleAction({}, data);
        setAutosaveState(result);
        if (result.ok) setDirty(false);
      });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, editing, values.status]);

  const control = "w-full rounded border border-stone-300 bg-white px-3 py-2";
  return (
    <form ref={form} action={action} onChange={markDirty} className="flex flex-col gap-5" aria-label={editing ? "Sửa bài viết" : "Viết bài mới"} noValidate>
      {editing && <input type="hidden" name="id" value={values.id} />}
      <Field name="title" label="Tiêu đề" required defaultValue={values.title} state={state} />
      {editing && isEditor && <Field name="slug" label="Đường dẫn (slug)" defaultValue={values.slug} state={state} hint="Đổi đường dẫn thì địa chỉ cũ vẫn tự chuyển sang địa chỉ mới." />}
      <Field name="summary" label="Sapo (tóm tắt)" state={state}>
        <textarea id="f-summary" name="summary" defaultValue={values.summary} rows={3} className={control} />
      </Field>
      <div className="flex flex-col gap-1">
        <span id="nhan-noi-dung" className="text-sm font-semibold">
          Nội dung
        </span>
        <RichTextEditor name="body" initialHtml={values.body} images={images} onChange={markDirty} labelId="nhan-noi-dung" />
        {state.errors?.body?.length ? (
          <p id="noi-dung-error" className="text-sm text-red-700">
            {state.errors.body.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field name="categoryId" label="Chuyên mục" required state={state}>
          <select id="f-categoryId" name="categoryId" defaultValue={values.categoryId ?? ""} className={control} aria-invalid={state.errors?.categoryId ? true : undefined}>
            <option value="">— Chọn chuyên mục —</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field name="byline" label="Tác giả / nguồn" defaultValue={values.byline} state={state} />
        <Field name="coverMediaId" label="Ảnh đại diện" state={state}>
          <select id="f-coverMediaId" name="coverMediaId" defaultValue={values.coverMediaId ?? ""} className={control}>
            <option value="">— Không có —</option>
            {images.map((img) => (
              <option key={img.id} value={img.id}>
                #{img.id} {img.alt.slice(0, 70)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="coverCaption" label="Chú thích ảnh đại diện" defaultValue={values.coverCaption} state={state} />
      </div>
      {isEditor && (
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="featured" defaultChecked={values.featured} className="h-4 w-4 accent-brand-600" />
          Tin nổi bật (hiện ở đầu trang chủ)
        </label>
      )}
      <FormMessage state={state} />
      {autosaveState.message && <p className="text-xs text-muted">{autosaveState.message}</p>}
      <div className="flex flex-wrap items-center gap-3">
        {editing ? (
          <>
            <SubmitButton pendingText="Đang lưu…">Lưu</SubmitButton>
            {isEditor && values.status === "published" && (
              <button type="submit" name="intent" value="apply" className="rounded border border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
                Lưu và cập nhật bài đang đăng
              </button>
            )}
          </>
        ) : (
          <SubmitButton pendingText="Đang tạo…">Tạo bản nháp</SubmitButton>
        )}
        {dirty && <span className="text-sm text-amber-800">Có thay đổi chưa lưu</span>}
      </div>
    </form>
  );
}

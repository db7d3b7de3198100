"use client";

import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/admin/form";
import { MediaDialog } from "@/components/admin/media-dialog";
import { RichTextEditor } from "@/components/admin/rich-text-editor";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { ActionState } from "@/auth/action";
import { formatTime } from "@/lib/format";
import type { MediaChoiceView } from "@/lib/media-choice";
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
 * The article editor. Ctrl/Cmd+S saves; drafts also save themselves every 30 seconds
 * when changed ("Đã lưu lúc HH:mm"), and leaving the page with unsaved changes asks
 * first. A new article can be saved as a draft, sent for review, published or
 * scheduled from here in one go, as the person's role allows (the server checks again).
 */
export function ArticleForm({
  values,
  categories,
  cover,
  maxUploadBytes,
  isEditor,
}: {
  values: ArticleFormValues;
  categories: { id: number; name: string }[];
  cover: MediaChoiceView | null;
  maxUploadBytes: number;
  isEditor: boolean;
}) {
  const editing = values.id !== undefined;
  const [state, action] = useActionState<ActionState, FormData>(editing ? saveArticleAction : createArticleAction, {});
  const [autosaveState, setAutosaveState] = useState<ActionState>({});
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [dirty, setDirty] = useState(false);
  const [, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const markDirty = () => setDirty(true);

  useEffect(() => {
    if (state.ok) {
      setDirty(false);
      setSavedAt(new Date());
    }
  }, [state]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // Ctrl+S / Cmd+S saves (a new article: as a draft) instead of the browser's "save page".
  useEffect(() => {
    const save = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "s") return;
      event.preventDefault();
      if (document.querySelector("dialog[open]")) return;
      form.current?.requestSubmit(saveButton.current ?? undefined);
    };
    document.addEventListener("keydown", save);
    return () => document.removeEventListener("keydown", save);
  }, []);

  useEffect(() => {
    if (!editing || !dirty || values.status !== "draft") return;
    const timer = setTimeout(() => {
      if (!form.current) return;
      const data = new FormData(form.current);
      data.set("intent", "autosave");
      startTransition(async () => {
        const result = await saveArticleAction({}, data);
        setAutosaveState(result);
        if (result.ok) {
          setDirty(false);
          setSavedAt(new Date());
        }
      });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, editing, values.status]);

  const control = "w-full rounded border border-stone-300 bg-white px-3 py-2";
  const fields = (
    <div className="flex min-w-0 flex-col gap-5">
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
        <RichTextEditor name="body" initialHtml={values.body} maxUploadBytes={maxUploadBytes} onChange={markDirty} labelId="nhan-noi-dung" />
        {state.errors?.body?.length ? (
          <p id="noi-dung-error" className="text-sm text-red-700">
            {state.errors.body.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field name="categoryId" label="Chuyên mục" required state={state}>
          <select id="f-categoryId" name="categoryId" defaultValue={values.categoryId ?? ""} className={control} aria-invalid={state.errors?.categoryId ? true : undefined} aria-describedby={state.errors?.categoryId ? "f-categoryId-error" : undefined}>
            <option value="">— Chọn chuyên mục —</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field name="byline" label="Tác giả / nguồn" defaultValue={values.byline} state={state} />
      </div>
      <CoverPicker initial={cover} initialCaption={values.coverCaption} maxUploadBytes={maxUploadBytes} onChange={markDirty} errors={state.errors?.coverMediaId} />
      {isEditor && (
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="featured" defaultChecked={values.featured} className="h-4 w-4 accent-brand-600" />
          Tin nổi bật (hiện ở đầu trang chủ)
        </label>
      )}
    </div>
  );

  const savedNote = (
    <p aria-live="polite" className="text-sm text-muted" data-testid="saved-at">
      {dirty ? <span className="text-amber-800">Có thay đổi chưa lưu</span> : savedAt ? `Đã lưu lúc ${formatTime(savedAt)}` : null}
    </p>
  );

  return (
    <form
      ref={form}
      action={action}
      onChange={markDirty}
      className={editing ? "flex flex-col gap-5" : "grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_300px]"}
      aria-label={editing ? "Sửa bài viết" : "Viết bài mới"}
      noValidate
    >
      {fields}
      {editing ? (
        <>
          <FormMessage state={state} />
          {autosaveState.message && !autosaveState.ok && <p className="text-sm text-red-800">{autosaveState.message}</p>}
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton pendingText="Đang lưu…">Lưu</SubmitButton>
            {isEditor && values.status === "published" && (
              <button type="submit" name="intent" value="apply" className="rounded border border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
                Lưu và cập nhật bài đang đăng
              </button>
            )}
            <span className="text-xs text-muted">
              <kbd className="rounded border border-stone-300 bg-white px-1">Ctrl</kbd> + <kbd className="rounded border border-stone-300 bg-white px-1">S</kbd> để lưu
            </span>
            {savedNote}
          </div>
        </>
      ) : (
        <PublishBox isEditor={isEditor} state={state} saveButton={saveButton} savedNote={savedNote} />
      )}
    </form>
  );
}

/**
 * What to do with a new article, as WordPress's "Đăng" box: every button saves the form;
 * the first (Enter, Ctrl+S) saves a draft.
 */
function PublishBox({ isEditor, state, saveButton, savedNote }: { isEditor: boolean; state: ActionState; saveButton: React.RefObject<HTMLButtonElement | null>; savedNote: React.ReactNode }) {
  const secondary = "rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold text-ink hover:border-brand-600";
  return (
    <aside aria-labelledby="dang-bai" className="flex flex-col gap-4 rounded bg-white p-4 shadow-sm xl:sticky xl:top-4">
      <h2 id="dang-bai" className="text-lg font-bold">
        Đăng bài
      </h2>
      <div className="flex flex-wrap gap-2">
        <button ref={saveButton} type="submit" name="intent" value="draft" className={secondary}>
          Tạo bản nháp
        </button>
        <button type="submit" name="intent" value="submit" className={secondary}>
          Gửi duyệt
        </button>
      </div>
      {isEditor ? (
        <>
          <button type="submit" name="intent" value="publish" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Xuất bản ngay
          </button>
          <div className="flex flex-col gap-2 border-t border-stone-200 pt-3">
            <DateTimeField name="publishAt" label="Hẹn giờ đăng" size="sm" errors={state.errors?.publishAt} hint="Giờ Việt Nam, 24 giờ. Bài tự lên cổng đúng giờ này." />
            <div>
              <button type="submit" name="intent" value="schedule" className={secondary}>
                Hẹn giờ đăng
              </button>
            </div>
          </div>
        </>
      ) : (
        <p className="text-xs text-muted">Biên tập viên sẽ duyệt và xuất bản bài bạn gửi.</p>
      )}
      <p className="text-xs text-muted">
        <kbd className="rounded border border-stone-300 px-1">Ctrl</kbd> + <kbd className="rounded border border-stone-300 px-1">S</kbd>: lưu bản nháp
      </p>
      <FormMessage state={state} />
      {savedNote}
    </aside>
  );
}

/** The cover: a thumbnail picked in the media dialog, its id posted as `coverMediaId`. */
function CoverPicker({ initial, initialCaption, maxUploadBytes, onChange, errors }: { initial: MediaChoiceView | null; initialCaption: string; maxUploadBytes: number; onChange: () => void; errors?: string[] }) {
  const [cover, setCover] = useState(initial);
  const [caption, setCaption] = useState(initialCaption);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const button = "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-semibold hover:border-brand-600";
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-stone-200 p-3" aria-describedby={errors?.length ? "f-coverMediaId-error" : undefined}>
      <legend className="px-1 text-sm font-semibold">Ảnh đại diện</legend>
      <input type="hidden" name="coverMediaId" value={cover?.id ?? ""} />
      <div className="flex flex-wrap items-start gap-3">
        {cover ? (
          // eslint-disable-next-line @next/next/no-img-element -- the chosen cover
          <img src={cover.thumb} alt={`Ảnh đại diện: ${cover.alt}`} width={160} height={120} className="h-24 w-32 rounded bg-stone-100 object-cover" data-testid="cover-preview" />
        ) : (
          <div className="flex h-24 w-32 items-center justify-center rounded border border-dashed border-stone-300 text-xs text-muted">Chưa có ảnh</div>
        )}
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap gap-2">
            <button ref={opener} type="button" className={button} onClick={() => setOpen(true)} aria-haspopup="dialog">
              {cover ? "Đổi ảnh đại diện" : "Chọn ảnh đại diện"}
            </button>
            {cover && (
              <button
                type="button"
                className={button}
                onClick={() => {
                  setCover(null);
                  onChange();
                }}
              >
                Bỏ ảnh
              </button>
            )}
          </div>
          {cover && <p className="max-w-md text-xs text-muted">Mô tả (alt): {cover.alt}</p>}
        </div>
      </div>
      {errors?.length ? (
        <p id="f-coverMediaId-error" className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="f-coverCaption" className="text-sm font-semibold">
          Chú thích ảnh đại diện
        </label>
        <input id="f-coverCaption" name="coverCaption" value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={300} className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
      </div>
      <MediaDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Chọn ảnh đại diện"
        chooseLabel="Dùng làm ảnh đại diện"
        captionLabel="Chú thích ảnh"
        maxBytes={maxUploadBytes}
        initialCaption={caption}
        onChoose={({ image, caption: chosen }) => {
          setCover(image);
          setCaption(chosen);
          setOpen(false);
          onChange();
        }}
      />
    </fieldset>
  );
}

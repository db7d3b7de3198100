"use client";

import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import { updateMediaTextAction } from "@/app/admin/(panel)/thu-vien/actions";
import type { MediaChoicePage, MediaChoiceView } from "@/lib/media-choice";
import { megabytes, UPLOAD_ACCEPT, UploadProgressList, useUploads } from "./use-uploads";

export type MediaChoice = { image: MediaChoiceView; alt: string; caption: string };

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex="0"]';

/**
 * The media dialog (the WordPress media modal is the model), for the cover and for body
 * images: the library as thumbnails with search and paging, upload with progress inside
 * (the same uploads as the library page), and the chosen image's alt text (required:
 * saved to the library) and caption. A native modal <dialog>: the page behind is inert,
 * Esc closes it and focus goes back to the button that opened it; Tab stays inside, and
 * the arrow keys move through the thumbnails.
 */
export function MediaDialog({
  open,
  onClose,
  onChoose,
  title,
  chooseLabel,
  captionLabel,
  maxBytes,
  initialCaption,
}: {
  open: boolean;
  onClose: () => void;
  onChoose: (choice: MediaChoice) => void;
  title: string;
  chooseLabel: string;
  captionLabel: string;
  maxBytes: number;
  /** The caption already in use (the cover's), offered instead of the library's. */
  initialCaption?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const grid = useRef<HTMLUListElement>(null);
  const altInput = useRef<HTMLInputElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const details = useRef<HTMLElement>(null);
  const ids = useId();
  const [query, setQuery] = useState("");
  const [data, setData] = useState<MediaChoicePage | null>(null);
  const [loadError, setLoadError] = useState("");
  const [selected, setSelected] = useState<MediaChoiceView | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [error, setError] = useState("");
  const [saving, startSaving] = useTransition();
  // Set where the details panel may not be drawn yet (a first selection): focused after it is.
  const [focusAlt, setFocusAlt] = useState(false);
  const request = useRef(0);

  const select = useCallback(
    (item: MediaChoiceView | null) => {
      setSelected(item);
      setAlt(item?.alt ?? "");
      setCaption(initialCaption || item?.caption || "");
      setError("");
    },
    [initialCaption],
  );

  const load = useCallback(
    async (q: string, page: number, selectId?: number) => {
      const mine = ++request.current;
      setLoadError("");
      try {
        const response = await fetch(`/admin/thu-vien/chon-anh?${new URLSearchParams({ q, trang: String(page) })}`, { headers: { accept: "application/json" } });
        const body = (await response.json()) as MediaChoicePage & { message?: string };
        if (mine !== request.current) return;
        if (!response.ok) throw new Error(body.message ?? `Máy chủ trả lời lỗi ${response.status}.`);
        setData(body);
        if (selectId) select(body.items.find((i) => i.id === selectId) ?? null);
      } catch (e) {
        if (mine === request.current) setLoadError(e instanceof Error && e.message ? e.message : "Không tải được thư viện ảnh. Vui lòng thử lại.");
      }
    },
    [select],
  );

  const uploads = useUploads({
    maxBytes,
    doneMessage: "Đã tải lên. Hãy nhập mô tả ảnh (alt) rồi chọn.",
    onDone: (stored) => {
      // Newest first: the upload is on page 1 of the whole library.
      setQuery("");
      void load("", 1, stored[0]).then(() => setFocusAlt(true));
    },
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      select(null);
      setQuery("");
      setData(null);
      void load("", 1);
      search.current?.focus();
    } else if (!open && element.open) {
      element.close();
      select(null);
    }
  }, [open, load, select]);

  useEffect(() => {
    if (!focusAlt || !selected) return;
    altInput.current?.focus();
    setFocusAlt(false);
  }, [focusAlt, selected]);

  // Typing in the search box asks the server after a short pause.
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  function searchFor(q: string) {
    setQuery(q);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => void load(q, 1), 250);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLDialogElement>) {
    // The dialog sits inside the article form: Enter in one of its inputs must not submit that.
    if (event.key === "Enter" && event.target instanceof HTMLInputElement && event.target.type !== "file") {
      event.preventDefault();
      if (event.target === altInput.current) choose();
      return;
    }
    if (event.key !== "Tab" || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    if (!focusable.length) return;
    const first = focusable[0]!;
    const last = focusable.at(-1)!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  /** Arrow keys move through the grid (up/down by a row, as many as fit across). */
  function moveInGrid(event: React.KeyboardEvent<HTMLUListElement>) {
    const items = data?.items ?? [];
    if (!items.length || !grid.current) return;
    const options = [...grid.current.querySelectorAll<HTMLElement>('[role="option"]')];
    const current = Math.max(0, options.indexOf(document.activeElement as HTMLElement));
    const columns = Math.max(1, getComputedStyle(grid.current).gridTemplateColumns.split(" ").length);
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns, Home: -current, End: options.length - 1 - current };
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select(items[current] ?? null);
      setFocusAlt(true);
      return;
    }
    if (!(event.key in step)) return;
    event.preventDefault();
    const next = Math.min(options.length - 1, Math.max(0, current + step[event.key]!));
    options[next]?.focus();
    select(items[next] ?? null);
  }

  function choose() {
    if (!selected) return;
    const cleanAlt = alt.trim();
    if (!cleanAlt) {
      setError("Hãy nhập mô tả ảnh (alt): người không xem được ảnh sẽ nghe đọc mô tả này.");
      altInput.current?.focus();
      return;
    }
    const cleanCaption = caption.trim();
    const image = { ...selected, alt: cleanAlt };
    const changed = cleanAlt !== selected.alt || (cleanCaption !== selected.caption && !initialCaption);
    if (!selected.canEdit || !changed) {
      onChoose({ image, alt: cleanAlt, caption: cleanCaption });
      return;
    }
    // The alt text belongs to the image: kept in the library for its next use too.
    startSaving(async () => {
      const form = new FormData();
      form.set("id", String(selected.id));
      form.set("alt", cleanAlt);
      form.set("caption", initialCaption ? selected.caption : cleanCaption);
      const result = await updateMediaTextAction({}, form);
      if (!result.ok) {
        setError(result.errors?.alt?.join(" ") || result.message || "Chưa lưu được mô tả ảnh.");
        return;
      }
      onChoose({ image, alt: cleanAlt, caption: cleanCaption });
    });
  }

  const items = data?.items ?? [];
  const activeIndex = Math.max(0, items.findIndex((i) => i.id === selected?.id));
  const altLocked = Boolean(selected && !selected.canEdit);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClose={() => open && onClose()}
      onKeyDown={onKeyDown}
      // The dialog sits inside the article form: typing a search is not an unsaved change.
      onChange={(e) => e.stopPropagation()}
      className="m-auto flex max-h-[calc(100dvh-1rem)] w-[min(64rem,calc(100vw-1rem))] flex-col overflow-hidden rounded-lg bg-white p-0 text-ink shadow-xl backdrop:bg-black/50 [&:not([open])]:hidden"
    >
      <div className="flex items-center justify-between gap-3 border-b border-stone-200 px-4 py-3">
        <h2 id={`${ids}-title`} className="text-lg font-bold">
          {title}
        </h2>
        <button type="button" onClick={onClose} className="rounded border border-stone-300 px-3 py-1.5 text-sm font-semibold hover:border-brand-600">
          Đóng <span className="sr-only">hộp chọn ảnh</span>
        </button>
      </div>
      <div className="grid min-h-0 flex-1 gap-4 overflow-y-auto p-4 md:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex min-w-0 flex-col gap-3">
          <div className="flex flex-wrap items-end gap-2">
            <div role="search" className="min-w-48 flex-1">
              <label htmlFor={`${ids}-q`} className="text-sm font-semibold">
                Tìm ảnh
              </label>
              <input
                ref={search}
                id={`${ids}-q`}
                type="search"
                value={query}
                onChange={(e) => searchFor(e.target.value)}
                placeholder="Tên tệp, mô tả hoặc chú thích"
                className="w-full rounded border border-stone-300 bg-white px-3 py-2"
              />
            </div>
            <label htmlFor={`${ids}-file`} className="cursor-pointer rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-gold-500">
              Tải ảnh lên
              <input
                ref={fileInput}
                id={`${ids}-file`}
                type="file"
                accept={UPLOAD_ACCEPT}
                multiple
                disabled={uploads.busy}
                aria-describedby={`${ids}-file-hint`}
                className="sr-only"
                onChange={(e) => {
                  void uploads.upload([...(e.target.files ?? [])]).then(() => {
                    if (fileInput.current) fileInput.current.value = "";
                  });
                }}
              />
            </label>
          </div>
          <p id={`${ids}-file-hint`} className="text-xs text-muted">
            JPEG, PNG, WebP, AVIF hoặc GIF, tối đa {megabytes(maxBytes)} MB mỗi ảnh.
          </p>
          <UploadProgressList entries={uploads.entries} />
          <p aria-live="polite" className="text-sm text-muted">
            {loadError ? <span className="text-red-800">{loadError}</span> : data ? (data.total ? `${data.total} ảnh${query.trim() ? ` khớp “${query.trim()}”` : ""}. Dùng phím mũi tên để chọn.` : query.trim() ? "Không tìm thấy ảnh phù hợp." : "Thư viện chưa có ảnh nào: hãy tải ảnh lên.") : "Đang tải thư viện…"}
          </p>
          {items.length > 0 && (
            <ul ref={grid} role="listbox" aria-label="Ảnh trong thư viện" onKeyDown={moveInGrid} className="grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6">
              {items.map((item, i) => {
                const isSelected = item.id === selected?.id;
                return (
                  <li
                    key={item.id}
                    role="option"
                    aria-selected={isSelected}
                    aria-label={`${item.alt || item.name}${item.alt ? "" : " (chưa có mô tả)"}`}
                    tabIndex={i === activeIndex ? 0 : -1}
                    onClick={() => {
                      select(item);
                      // On a phone the details (alt text, caption) sit under the grid: bring them up.
                      if (window.matchMedia("(max-width: 767px)").matches) details.current?.scrollIntoView({ block: "start" });
                    }}
                    onFocus={() => !selected && select(item)}
                    className={`relative aspect-square cursor-pointer overflow-hidden rounded border-2 bg-stone-100 ${isSelected ? "border-brand-600 ring-2 ring-brand-600" : "border-transparent hover:border-stone-400"}`}
                  >
                    {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails of the library */}
                    <img src={item.thumb} alt="" width={160} height={160} loading="lazy" className="h-full w-full object-cover" />
                    {!item.alt && <span className="absolute inset-x-0 bottom-0 bg-amber-100/95 px-1 text-center text-[11px] font-semibold text-amber-900">Chưa có mô tả</span>}
                    {isSelected && <span aria-hidden="true" className="absolute right-1 top-1 rounded-full bg-brand-600 px-1.5 text-xs font-bold text-white">✓</span>}
                  </li>
                );
              })}
            </ul>
          )}
          {data && data.pageCount > 1 && (
            <nav aria-label="Trang ảnh" className="flex items-center gap-2 text-sm">
              <button type="button" disabled={data.page <= 1} onClick={() => void load(query, data.page - 1)} className="rounded border border-stone-300 px-3 py-1.5 font-semibold hover:border-brand-600 disabled:opacity-40">
                ‹ Trang trước
              </button>
              <span aria-current="page" className="tabular-nums">
                Trang {data.page} / {data.pageCount}
              </span>
              <button type="button" disabled={data.page >= data.pageCount} onClick={() => void load(query, data.page + 1)} className="rounded border border-stone-300 px-3 py-1.5 font-semibold hover:border-brand-600 disabled:opacity-40">
                Trang sau ›
              </button>
            </nav>
          )}
        </div>
        <section ref={details} aria-labelledby={`${ids}-details`} className="flex flex-col gap-3 rounded border border-stone-200 bg-stone-50 p-3">
          <h3 id={`${ids}-details`} className="font-semibold">
            Chi tiết ảnh
          </h3>
          {selected ? (
            <>
              {/* eslint-disable-next-line @next/next/no-img-element -- the chosen image */}
              <img src={selected.src} alt="" width={selected.width} height={selected.height} className="max-h-44 w-full rounded bg-white object-contain" />
              <p className="break-all text-xs text-muted">
                {selected.name} · {selected.width}×{selected.height}
              </p>
              <div className="flex flex-col gap-1">
                <label htmlFor={`${ids}-alt`} className="text-sm font-semibold">
                  Mô tả ảnh (alt)<span className="text-red-700" aria-hidden="true"> *</span>
                </label>
                <input
                  ref={altInput}
                  id={`${ids}-alt`}
                  value={alt}
                  onChange={(e) => setAlt(e.target.value)}
                  readOnly={altLocked}
                  required
                  maxLength={300}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${ids}-alt-hint${error ? ` ${ids}-error` : ""}`}
                  className="rounded border border-stone-300 bg-white px-2 py-1.5 text-sm read-only:bg-stone-100 aria-[invalid=true]:border-red-600"
                />
                <p id={`${ids}-alt-hint`} className="text-xs text-muted">
                  {altLocked ? "Ảnh do người khác tải lên: chỉ người đó hoặc biên tập viên sửa được mô tả." : "Tả điều ảnh cho thấy, cho người không xem được ảnh. Được lưu vào thư viện."}
                </p>
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={`${ids}-caption`} className="text-sm font-semibold">
                  {captionLabel}
                </label>
                <textarea id={`${ids}-caption`} value={caption} onChange={(e) => setCaption(e.target.value)} rows={2} maxLength={300} className="rounded border border-stone-300 bg-white px-2 py-1.5 text-sm" />
              </div>
              <p id={`${ids}-error`} role="alert" className="text-sm text-red-800 empty:hidden">
                {error}
              </p>
              <div className="flex flex-wrap gap-2">
                <button type="button" onClick={choose} disabled={saving || (altLocked && !selected.alt)} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
                  {saving ? "Đang lưu…" : chooseLabel}
                </button>
                <button type="button" onClick={onClose} className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:border-brand-600">
                  Hủy
                </button>
              </div>
            </>
          ) : (
            <p className="text-sm text-muted">Chọn một ảnh trong thư viện hoặc tải ảnh mới lên.</p>
          )}
        </section>
      </div>
    </dialog>
  );
}

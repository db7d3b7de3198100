"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { UploadResult } from "./tai-len/route";

type Entry = { key: string; name: string; progress: number; status: "waiting" | "uploading" | "done" | "error"; message: string };

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif";

/** XMLHttpRequest, because fetch() reports no upload progress. */
function send(file: File, onProgress: (percent: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/admin/thu-vien/tai-len");
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as UploadResult);
      } catch {
        resolve({ ok: false, message: `Máy chủ trả lời lỗi ${xhr.status}.` });
      }
    };
    xhr.onerror = () => resolve({ ok: false, message: "Mất kết nối khi tải lên. Vui lòng thử lại." });
    xhr.send(file);
  });
}

export function UploadWidget({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = (key: string, patch: Partial<Entry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  async function upload(files: File[]) {
    if (!files.length) return;
    const batch = files.map((file, i) => ({ file, entry: { key: `${Date.now()}-${i}-${file.name}`, name: file.name, progress: 0, status: "waiting", message: "Đang chờ" } as Entry }));
    setEntries((list) => [...batch.map((b) => b.entry), ...list]);
    setBusy(true);
    let anyDone = false;
    // One at a time: the server re-encodes each image, and a small server has few cores.
    for (const { file, entry } of batch) {
      if (file.size > maxBytes) {
        update(entry.key, { status: "error", message: `Tệp vượt quá dung lượng cho phép (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).` });
        continue;
      }
      update(entry.key, { status: "uploading", message: "Đang tải lên…" });
      const result = await send(file, (progress) => update(entry.key, { progress, message: progress < 100 ? `Đang tải lên… ${progress}%` : "Đang xử lý ảnh…" }));
      update(entry.key, { status: result.ok ? "done" : "error", progress: result.ok ? 100 : 0, message: result.ok ? "Đã tải lên. Hãy nhập mô tả ảnh (alt) bên dưới." : result.message });
      anyDone ||= result.ok;
    }
    setBusy(false);
    if (input.current) input.current.value = "";
    if (anyDone) router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void upload([...e.dataTransfer.files]);
        }}
        className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center transition-colors ${dragging ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-stone-50"}`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-10 w-10 text-stone-500" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <p className="font-semibold">Kéo và thả ảnh vào đây</p>
        <p className="text-sm text-muted">hoặc</p>
        <label htmlFor={inputId} className="cursor-pointer rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus-within:outline">
          Chọn ảnh từ máy
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
          className="sr-only"
          onChange={(e) => void upload([...(e.target.files ?? [])])}
        />
        <p id={`${inputId}-hint`} className="text-xs text-muted">
          JPEG, PNG, WebP, AVIF hoặc GIF, tối đa {Math.round(maxBytes / 1024 / 1024)} MB mỗi ảnh. Có thể chọn nhiều ảnh cùng lúc.
        </p>
      </div>
      {entries.length > 0 && (
        <ul aria-label="Tiến trình tải lên" className="flex flex-col gap-2">
          {entries.map((e) => (
            <li key={e.key} className="rounded border border-stone-200 bg-white px-3 py-2 text-sm" aria-label={e.name}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="truncate font-medium">{e.name}</span>
                <span role="status" className={e.status === "error" ? "text-red-800" : e.status === "done" ? "text-green-800" : "text-muted"}>
                  {e.message}
                </span>
              </div>
              <progress max={100} value={e.progress} aria-label={`Tiến trình tải ${e.name}`} className="mt-1 h-2 w-full accent-brand-600" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

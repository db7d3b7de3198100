"use client";

import { useState } from "react";
import type { UploadResult } from "@/app/admin/(panel)/thu-vien/tai-len/route";

/**
 * The one way images are uploaded from the admin: the library page's drop zone and the
 * media dialog both use this, against the one route (/admin/thu-vien/tai-len), which
 * checks, re-encodes and records each file.
 */
export type UploadEntry = { key: string; name: string; progress: number; status: "waiting" | "uploading" | "done" | "error"; message: string; id?: number };

export const UPLOAD_ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif";

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

export function megabytes(bytes: number) {
  return Math.round(bytes / 1024 / 1024);
}

/**
 * A queue of uploads with per-file progress. `onDone` gets the ids stored, once the
 * batch is through.
 */
export function useUploads({ maxBytes, doneMessage, onDone }: { maxBytes: number; doneMessage: string; onDone?: (ids: number[]) => void }) {
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const update = (key: string, patch: Partial<UploadEntry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  async function upload(files: File[]) {
    if (!files.length) return;
    const batch = files.map((file, i) => ({ file, entry: { key: `${Date.now()}-${i}-${file.name}`, name: file.name, progress: 0, status: "waiting", message: "Đang chờ" } as UploadEntry }));
    setEntries((list) => [...batch.map((b) => b.entry), ...list]);
    setBusy(true);
    const stored: number[] = [];
    // One at a time: the server re-encodes each image, and a small server has few cores.
    for (const { file, entry } of batch) {
      if (file.size > maxBytes) {
        update(entry.key, { status: "error", message: `Tệp vượt quá dung lượng cho phép (tối đa ${megabytes(maxBytes)} MB).` });
        continue;
      }
      update(entry.key, { status: "uploading", message: "Đang tải lên…" });
      const result = await send(file, (progress) => update(entry.key, { progress, message: progress < 100 ? `Đang tải lên… ${progress}%` : "Đang xử lý ảnh…" }));
      update(entry.key, { status: result.ok ? "done" : "error", progress: result.ok ? 100 : 0, message: result.ok ? doneMessage : result.message, id: result.id });
      if (result.ok && result.id) stored.push(result.id);
    }
    setBusy(false);
    if (stored.length) onDone?.(stored);
  }

  return { entries, busy, upload };
}

/** Each file's name, state and a progress bar; the state is announced as it changes. */
export function UploadProgressList({ entries }: { entries: UploadEntry[] }) {
  if (!entries.length) return null;
  return (
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
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { megabytes, UPLOAD_ACCEPT, UploadProgressList, useUploads } from "@/components/admin/use-uploads";

export function UploadWidget({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { entries, busy, upload: send } = useUploads({ maxBytes, doneMessage: "Đã tải lên. Hãy nhập mô tả ảnh (alt) bên dưới.", onDone: () => router.refresh() });

  async function upload(files: File[]) {
    await send(files);
    if (input.current) input.current.value = "";
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
          accept={UPLOAD_ACCEPT}
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
          className="sr-only"
          onChange={(e) => void upload([...(e.target.files ?? [])])}
        />
        <p id={`${inputId}-hint`} className="text-xs text-muted">
          JPEG, PNG, WebP, AVIF hoặc GIF, tối đa {megabytes(maxBytes)} MB mỗi ảnh. Có thể chọn nhiều ảnh cùng lúc.
        </p>
      </div>
      <UploadProgressList entries={entries} />
    </div>
  );
}

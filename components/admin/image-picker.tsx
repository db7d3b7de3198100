"use client";

import { useState } from "react";
import type { MediaChoiceView } from "@/lib/media-choice";
import { MediaDialog } from "./media-dialog";

/**
 * Library images for a form (a leader's portrait, the boundary map, landmark photos):
 * thumbnails picked in the media dialog, their ids posted as `name` ("12" or "12,15").
 */
export function ImagePicker({
  name,
  legend,
  initial,
  multiple = false,
  maxUploadBytes,
  errors,
}: {
  name: string;
  legend: string;
  initial: MediaChoiceView[];
  multiple?: boolean;
  maxUploadBytes: number;
  errors?: string[];
}) {
  const [images, setImages] = useState(initial);
  const [open, setOpen] = useState(false);
  const button = "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-semibold hover:border-brand-600";
  const errorId = `f-${name}-error`;
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-stone-200 p-3" aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <input type="hidden" name={name} value={images.map((i) => i.id).join(",")} />
      <ul className="flex flex-wrap gap-3">
        {images.map((image, index) => (
          <li key={image.id} className="flex flex-col items-start gap-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail */}
            <img src={image.thumb} alt={image.alt} width={128} height={96} className="h-24 w-32 rounded bg-stone-100 object-cover" />
            <button type="button" className="text-xs text-red-800 underline" onClick={() => setImages(images.filter((_, i) => i !== index))}>
              Bỏ ảnh<span className="sr-only">: {image.alt || image.name}</span>
            </button>
          </li>
        ))}
        {images.length === 0 && <li className="flex h-24 w-32 items-center justify-center rounded border border-dashed border-stone-300 text-xs text-muted">Chưa có ảnh</li>}
      </ul>
      <div>
        <button type="button" className={button} onClick={() => setOpen(true)} aria-haspopup="dialog">
          {multiple ? "Thêm ảnh từ thư viện" : images.length ? "Đổi ảnh" : "Chọn ảnh từ thư viện"}
        </button>
      </div>
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <MediaDialog
        open={open}
        onClose={() => setOpen(false)}
        title={legend}
        chooseLabel="Dùng ảnh này"
        captionLabel="Chú thích ảnh"
        maxBytes={maxUploadBytes}
        onChoose={({ image }) => {
          setImages(multiple ? [...images.filter((i) => i.id !== image.id), image] : [image]);
          setOpen(false);
        }}
      />
    </fieldset>
  );
}

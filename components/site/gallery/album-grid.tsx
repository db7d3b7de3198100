"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type GridPhoto = { id: number; alt: string; caption: string; thumb: string; srcSet: string; full: string; width: number; height: number };

/**
 * Thumbnails that link to the full image (so they work without JavaScript) and, with
 * it, open a lightbox: arrow keys and swipes move, Esc or the close button closes,
 * focus returns to the thumbnail.
 */
export function AlbumGrid({ photos, title }: { photos: GridPhoto[]; title: string }) {
  const [index, setIndex] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const touchX = useRef<number | null>(null);

  const show = useCallback((i: number) => setIndex((i + photos.length) % photos.length), [photos.length]);

  useEffect(() => {
    if (index === null) dialog.current?.close();
    else if (!dialog.current?.open) dialog.current?.showModal();
  }, [index]);

  useEffect(() => {
    // A link to #anh-3 (from the homepage block) opens that photo.
    const match = /^#anh-(\d+)$/.exec(window.location.hash);
    if (match) {
      const i = Number(match[1]) - 1;
      if (i >= 0 && i < photos.length) setIndex(i);
    }
  }, [photos.length]);

  function onKeyDown(event: React.KeyboardEvent) {
    if (index === null) return;
    if (event.key === "ArrowRight") show(index + 1);
    else if (event.key === "ArrowLeft") show(index - 1);
  }

  const current = index === null ? null : photos[index];
  return (
    <>
      <ul aria-label={`Ảnh trong album ${title}`} className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
        {photos.map((photo, i) => (
          <li key={photo.id} id={`anh-${i + 1}`}>
            <a
              href={photo.full}
              onClick={(event) => {
                event.preventDefault();
                opener.current = event.currentTarget;
                setIndex(i);
              }}
              className="group block overflow-hidden rounded bg-stone-200"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- variants are pre-made */}
              <img
                src={photo.thumb}
                srcSet={photo.srcSet}
                sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
                width={photo.width}
                height={photo.height}
                alt={photo.alt}
                loading={i < 4 ? "eager" : "lazy"}
                decoding="async"
                className="aspect-[4/3] w-full object-cover transition-transform duration-300 group-hover:scale-105"
              />
            </a>
            {photo.caption && <p className="mt-1 text-sm text-stone-700">{photo.caption}</p>}
          </li>
        ))}
      </ul>

      <dialog
        ref={dialog}
        aria-label={`${title}: ảnh ${index === null ? "" : index + 1} trên ${photos.length}`}
        onClose={() => {
          setIndex(null);
          opener.current?.focus();
        }}
        onKeyDown={onKeyDown}
        onTouchStart={(e) => (touchX.current = e.touches[0]?.clientX ?? null)}
        onTouchEnd={(e) => {
          const start = touchX.current;
          const end = e.changedTouches[0]?.clientX;
          if (index === null || start === null || end === undefined || Math.abs(end - start) < 40) return;
          show(end < start ? index + 1 : index - 1);
        }}
        className="m-auto max-h-none max-w-none bg-transparent p-0 backdrop:bg-black/85"
      >
        {current && (
          <figure className="flex max-h-[92vh] w-[96vw] max-w-6xl flex-col items-center">
            {/* eslint-disable-next-line @next/next/no-img-element -- variants are pre-made */}
            <img src={current.full} alt={current.alt} width={current.width} height={current.height} className="max-h-[80vh] w-auto rounded object-contain" />
            <figcaption className="mt-3 text-center text-white">
              {current.caption} <span className="text-white/70">({index! + 1}/{photos.length})</span>
            </figcaption>
            <div className="mt-3 flex gap-2">
              <button type="button" onClick={() => show(index! - 1)} className="rounded bg-white/15 px-4 py-2 text-white hover:bg-white/25">
                ‹ Ảnh trước
              </button>
              <button type="button" onClick={() => show(index! + 1)} className="rounded bg-white/15 px-4 py-2 text-white hover:bg-white/25">
                Ảnh sau ›
              </button>
              <button type="button" autoFocus onClick={() => setIndex(null)} className="rounded bg-white px-4 py-2 font-semibold text-ink hover:bg-stone-200">
                Đóng
              </button>
            </div>
          </figure>
        )}
      </dialog>
    </>
  );
}

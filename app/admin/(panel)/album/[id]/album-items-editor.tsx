"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import type { MediaVariant } from "@/db/schema";
import type { ActionState } from "@/auth/action";
import { removePhotoAction, saveItemsAction } from "../actions";

export type EditorItem = { itemId: number; mediaId: number; caption: string; alt: string; originalName: string; width: number; height: number; variants: MediaVariant[] };

const moveButton = "flex h-9 w-9 items-center justify-center rounded border border-stone-300 bg-white text-base hover:border-brand-600 disabled:opacity-40";

/**
 * Order by drag and drop, or with the up/down buttons (keyboard and screen readers);
 * captions and the cover are plain form fields, saved together with the order.
 */
export function AlbumItemsEditor({ albumId, items, coverMediaId }: { albumId: number; items: EditorItem[]; coverMediaId: number | null }) {
  const [saveState, save] = useActionState<ActionState, FormData>(saveItemsAction, {});
  const [removeState, remove] = useActionState<ActionState, FormData>(removePhotoAction, {});
  const signature = items.map((i) => i.itemId).join(",");
  const [synced, setSynced] = useState(signature);
  const [order, setOrder] = useState(items);
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // The server's order wins after a save or a removal.
  if (synced !== signature) {
    setSynced(signature);
    setOrder(items);
  }

  function move(from: number, to: number) {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setOrder(next);
    setAnnouncement(`Đã chuyển ảnh "${item!.alt}" đến vị trí ${to + 1} trên ${next.length}. Nhớ bấm Lưu.`);
  }

  if (!order.length) return <p className="py-6 text-center text-muted">Album chưa có ảnh. Thêm ảnh từ thư viện ở phần dưới.</p>;

  return (
    <form action={save} aria-label="Ảnh trong album" className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="id" value={albumId} />
      <input type="hidden" name="order" value={order.map((i) => i.itemId).join(",")} />
      <p className="text-sm text-muted">Kéo thả để sắp xếp, hoặc dùng nút ↑ ↓. Chọn một ảnh làm ảnh bìa.</p>
      <ol className="flex flex-col gap-2">
        {order.map((item, index) => (
          <li
            key={item.itemId}
            aria-label={`Ảnh ${index + 1}: ${item.alt}`}
            draggable
            onDragStart={(e) => {
              setDragged(index);
              e.dataTransfer.effectAllowed = "move";
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged !== null) move(dragged, index);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
            className={`grid grid-cols-[auto_1fr] items-start gap-3 rounded border bg-white p-2 sm:grid-cols-[auto_auto_1fr_auto] sm:items-center ${dragged === index ? "border-brand-600 opacity-60" : "border-stone-200"}`}
          >
            <span aria-hidden="true" className="hidden cursor-grab select-none px-1 text-xl text-stone-400 sm:block" title="Kéo để sắp xếp">
              ⠿
            </span>
            <div className="h-16 w-24 overflow-hidden rounded bg-stone-200">
              <ResponsiveImage image={item} alt={item.alt} sizes="96px" className="h-full w-full object-cover" />
            </div>
            <div className="col-span-2 flex min-w-0 flex-col gap-1 sm:col-span-1">
              <label htmlFor={`caption-${item.itemId}`} className="text-xs font-semibold">
                Chú thích ảnh {index + 1}
              </label>
              <input id={`caption-${item.itemId}`} name={`caption-${item.itemId}`} defaultValue={item.caption} className="w-full rounded border border-stone-300 px-2 py-1.5 text-sm" />
              <label className="flex items-center gap-2 text-xs">
                <input type="radio" name="cover" value={item.mediaId} defaultChecked={item.mediaId === coverMediaId} />
                Ảnh bìa
              </label>
            </div>
            <div className="col-span-2 flex gap-1 sm:col-span-1">
              <button type="button" className={moveButton} onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`Chuyển ảnh ${index + 1} lên`}>
                ↑
              </button>
              <button type="button" className={moveButton} onClick={() => move(index, index + 1)} disabled={index === order.length - 1} aria-label={`Chuyển ảnh ${index + 1} xuống`}>
                ↓
              </button>
              <button type="submit" formAction={remove} name="item" value={item.itemId} className="rounded border border-red-300 bg-white px-2 text-xs font-semibold text-red-800 hover:bg-red-50" aria-label={`Bỏ ảnh ${index + 1} khỏi album`}>
                Bỏ
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <FormMessage state={saveState.message ? saveState : removeState} />
      <div>
        <SubmitButton>Lưu thứ tự và chú thích</SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormFooter } from "@/components/admin/form";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import type { MediaVariant } from "@/db/schema";
import type { ActionState } from "@/auth/action";
import { addPhotosAction } from "../actions";

export type PickerPhoto = { id: number; alt: string; originalName: string; width: number; height: number; variants: MediaVariant[]; inAlbum: boolean };

export function AddPhotosForm({ albumId, photos }: { albumId: number; photos: PickerPhoto[] }) {
  const [state, action] = useActionState<ActionState, FormData>(addPhotosAction, {});
  return (
    <form action={action} aria-label="Thêm ảnh vào album" className="flex flex-col gap-3">
      <input type="hidden" name="id" value={albumId} />
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6">
        {photos.map((p) => (
          <li key={p.id}>
            <label className={`flex h-full cursor-pointer flex-col gap-1 rounded border p-1.5 text-xs has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 border-stone-200 ${p.inAlbum ? "opacity-60" : ""}`}>
              <ResponsiveImage image={p} alt="" sizes="160px" className="aspect-[4/3] w-full rounded object-cover" />
              <span className="flex items-start gap-1.5">
                <input type="checkbox" name="media" value={p.id} disabled={p.inAlbum} className="mt-0.5" />
                <span>
                  <span className="line-clamp-2">{p.alt}</span>
                  {p.inAlbum && <span className="block text-muted">(đã có trong album)</span>}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <FormFooter state={state}>Thêm ảnh đã chọn</FormFooter>
    </form>
  );
}

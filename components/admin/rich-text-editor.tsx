"use client";

import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";

export type InsertableImage = { id: number; alt: string; caption: string; src: string };

/**
 * TipTap with the formatting the portal allows. What the schema does not know (fonts,
 * colours, Word's spans) is dropped on paste; the server sanitizes again on save.
 * The HTML goes to the form through a hidden input named `name`.
 */
export function RichTextEditor({
  name,
  initialHtml,
  images,
  onChange,
  labelId,
}: {
  name: string;
  initialHtml: string;
  images: InsertableImage[];
  onChange?: () => void;
  labelId: string;
}) {
  const [html, setHtml] = useState(initialHtml);
  const [picking, setPicking] = useState(false);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false, protocols: ["http", "https", "mailto", "tel"] }, code: false, codeBlock: false }),
      Image,
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: initialHtml,
    editorProps: {
      attributes: { class: "prose-article min-h-72 px-4 py-3 focus:outline-none", "aria-labelledby": labelId, "aria-multiline": "true", role: "textbox" },
    },
    onUpdate({ editor }) {
      setHtml(editor.getHTML());
      onChange?.();
    },
  });

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            h2: e.isActive("heading", { level: 2 }),
            h3: e.isActive("heading", { level: 3 }),
            bold: e.isActive("bold"),
            italic: e.isActive("italic"),
            bullet: e.isActive("bulletList"),
            ordered: e.isActive("orderedList"),
            quote: e.isActive("blockquote"),
            link: e.isActive("link"),
          }
        : null,
  });

  const button = (active: boolean | undefined) =>
    `rounded px-2 py-1 text-sm font-semibold ${active ? "bg-brand-600 text-white" : "bg-white text-ink hover:bg-stone-200"} border border-stone-300`;

  function setLink() {
    if (!editor) return;
    const previous = editor.getAttributes("link").href as string | undefined;
    const url = window.prompt("Địa chỉ liên kết (https://…)", previous ?? "https://");
    if (url === null) return;
    if (url === "" || url === "https://") editor.chain().focus().extendMarkRange("link").unsetLink().run();
    else if (/^(https?:|mailto:|tel:|\/)/i.test(url)) editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
  }

  return (
    <div className="rounded border border-stone-300 bg-white">
      <div role="toolbar" aria-label="Định dạng nội dung" className="flex flex-wrap gap-1 border-b border-stone-200 bg-stone-50 p-2">
        <button type="button" className={button(state?.h2)} onClick={() => editor?.chain().focus().toggleHeading({ level: 2 }).run()} aria-pressed={state?.h2}>
          Tiêu đề 2
        </button>
        <button type="button" className={button(state?.h3)} onClick={() => editor?.chain().focus().toggleHeading({ level: 3 }).run()} aria-pressed={state?.h3}>
          Tiêu đề 3
        </button>
        <button type="button" className={button(state?.bold)} onClick={() => editor?.chain().focus().toggleBold().run()} aria-pressed={state?.bold} aria-label="Đậm">
          <strong>B</strong>
        </button>
        <button type="button" className={button(state?.italic)} onClick={() => editor?.chain().focus().toggleItalic().run()} aria-pressed={state?.italic} aria-label="Nghiêng">
          <em>I</em>
        </button>
        <button type="button" className={button(state?.bullet)} onClick={() => editor?.chain().focus().toggleBulletList().run()} aria-pressed={state?.bullet}>
          • Danh sách
        </button>
        <button type="button" className={button(state?.ordered)} onClick={() => editor?.chain().focus().toggleOrderedList().run()} aria-pressed={state?.ordered}>
          1. Danh sách
        </button>
        <button type="button" className={button(state?.quote)} onClick={() => editor?.chain().focus().toggleBlockquote().run()} aria-pressed={state?.quote}>
          Trích dẫn
        </button>
        <button type="button" className={button(state?.link)} onClick={setLink} aria-pressed={state?.link}>
          Liên kết
        </button>
        <button type="button" className={button(false)} onClick={() => editor?.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
          Bảng
        </button>
        <button type="button" className={button(picking)} onClick={() => setPicking((v) => !v)} aria-expanded={picking}>
          Chèn ảnh
        </button>
      </div>
      {picking && (
        <div className="border-b border-stone-200 p-2">
          {images.length === 0 ? (
            <p className="text-sm text-muted">Thư viện chưa có ảnh có mô tả (alt).</p>
          ) : (
            <ul className="flex max-h-48 flex-wrap gap-2 overflow-y-auto" aria-label="Ảnh trong thư viện">
              {images.map((img) => (
                <li key={img.id}>
                  <button
                    type="button"
                    onClick={() => {
                      editor?.chain().focus().setImage({ src: img.src, alt: img.alt, title: img.caption || undefined }).run();
                      setPicking(false);
                    }}
                    className="block overflow-hidden rounded border border-stone-300 hover:border-brand-600"
                  >
                    {/* eslint-disable-next-line @next/next/no-img-element -- admin thumbnails */}
                    <img src={img.src} alt={img.alt} className="h-16 w-24 object-cover" />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <EditorContent editor={editor} />
      <input type="hidden" name={name} value={html} />
    </div>
  );
}

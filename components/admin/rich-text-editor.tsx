"use client";

import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import { Figure } from "./figure-extension";
import { MediaDialog } from "./media-dialog";
import { cleanPastedHtml } from "./paste-cleanup";

/**
 * TipTap with the formatting the portal allows. Pasted HTML (Word, Google Docs) is
 * reduced to headings, lists, emphasis, links and tables first (paste-cleanup.ts); the
 * server sanitizes again on save. Images come from the library through the media
 * dialog, as <figure>s with their caption. The HTML goes to the form through a hidden
 * input named `name`.
 */
export function RichTextEditor({
  name,
  initialHtml,
  maxUploadBytes,
  onChange,
  labelId,
}: {
  name: string;
  initialHtml: string;
  maxUploadBytes: number;
  onChange?: () => void;
  labelId: string;
}) {
  const [html, setHtml] = useState(initialHtml);
  const [picking, setPicking] = useState(false);
  const [pasteNote, setPasteNote] = useState("");
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false, protocols: ["http", "https", "mailto", "tel"] }, code: false, codeBlock: false }),
      Figure,
      // Plain <img>s of older articles stay editable; new images come in as figures.
      Image,
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: initialHtml,
    editorProps: {
      attributes: { class: "prose-article min-h-72 px-4 py-3 focus:outline-none", "aria-labelledby": labelId, "aria-multiline": "true", role: "textbox" },
      transformPastedHTML(pasted) {
        const { html: cleaned, droppedImages: dropped } = cleanPastedHtml(pasted);
        setPasteNote(dropped ? `Đã bỏ ${dropped} ảnh trong nội dung dán: hãy chèn ảnh qua nút “Chèn ảnh” để ảnh được lưu trong thư viện và có mô tả.` : "");
        return cleaned;
      },
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
        <button type="button" className={button(false)} onClick={() => setPicking(true)} aria-haspopup="dialog">
          Chèn ảnh
        </button>
      </div>
      <MediaDialog
        open={picking}
        onClose={() => setPicking(false)}
        title="Chèn ảnh vào nội dung"
        chooseLabel="Chèn vào bài"
        captionLabel="Chú thích ảnh (hiện dưới ảnh)"
        maxBytes={maxUploadBytes}
        onChoose={({ image, alt, caption }) => {
          setPicking(false);
          editor
            ?.chain()
            .focus()
            .insertFigure({ src: image.src, srcset: image.srcSet || null, sizes: "(min-width: 1024px) 760px, 100vw", alt, width: image.width, height: image.height }, caption)
            .run();
        }}
      />
      {pasteNote && (
        <p role="status" className="border-b border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {pasteNote}
        </p>
      )}
      <EditorContent editor={editor} />
      <input type="hidden" name={name} value={html} />
    </div>
  );
}

import { highlight } from "@/lib/highlight";

/** Text with the reader's words in <mark>; built from plain text, rendered as React text. */
export function HighlightedText({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, i) =>
        segment.match ? (
          <mark key={i} className="rounded-sm bg-gold-400/60 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

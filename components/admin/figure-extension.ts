import { mergeAttributes, Node } from "@tiptap/react";

export type FigureAttributes = { src: string; srcset?: string | null; sizes?: string | null; alt: string; width?: number | null; height?: number | null };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: {
      /** A library image with its caption, as a block. */
      insertFigure: (attributes: FigureAttributes, caption: string) => ReturnType;
    };
  }
}

const fromImg = (name: string) => (element: HTMLElement) => element.querySelector("img")?.getAttribute(name) ?? null;
const numberFromImg = (name: string) => (element: HTMLElement) => {
  const value = Number(element.querySelector("img")?.getAttribute(name));
  return Number.isInteger(value) && value > 0 ? value : null;
};

/**
 * A body image as readers see it: <figure><img><figcaption>. The caption is the node's
 * own text, edited in place under the image. An empty caption is stored as an empty
 * <figcaption>, which the server drops (lib/sanitize.ts).
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  content: "inline*",
  marks: "bold italic link",
  draggable: true,
  isolating: true,
  defining: true,

  addAttributes() {
    return {
      src: { default: null, parseHTML: fromImg("src"), rendered: false },
      srcset: { default: null, parseHTML: fromImg("srcset"), rendered: false },
      sizes: { default: null, parseHTML: fromImg("sizes"), rendered: false },
      alt: { default: "", parseHTML: (element) => fromImg("alt")(element) ?? "", rendered: false },
      width: { default: null, parseHTML: numberFromImg("width"), rendered: false },
      height: { default: null, parseHTML: numberFromImg("height"), rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => (element.querySelector("img")?.getAttribute("src") ? null : false),
        contentElement: (element) => (element as HTMLElement).querySelector("figcaption") ?? (element as HTMLElement).ownerDocument.createElement("figcaption"),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, srcset, sizes, alt, width, height } = node.attrs as FigureAttributes;
    const img = Object.fromEntries(
      Object.entries({ src, srcset, sizes, alt: alt ?? "", width, height, loading: "lazy" }).filter(([, v]) => v !== null && v !== undefined && v !== ""),
    );
    if (!("alt" in img)) img.alt = "";
    return ["figure", mergeAttributes(HTMLAttributes), ["img", img], ["figcaption", 0]];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes, caption) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes, content: caption ? [{ type: "text", text: caption }] : [] }),
    };
  },
});

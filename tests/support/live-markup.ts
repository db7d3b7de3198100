import { Parser } from "htmlparser2";
import { XSS_MARKER } from "./xss-corpus";

// Elements that run or load something whatever their attributes say.
const ACTIVE_ELEMENTS = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "isindex", "math", "template", "noscript"]);
// React's own output when a client component with a form action renders outside Next
// (integration tests): a placeholder action and the script that replays early submits.
const REACT_FORM_PLACEHOLDER = "javascript:throw new Error('React form unexpectedly submitted.')";
const REACT_FORM_REPLAY = /^addEventListener\("submit",function\(a\)\{if\(!a\.defaultPrevented\)/;
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "imagesrcset", "action", "formaction", "data", "xlink:href", "background", "poster", "srcdoc", "codebase", "cite", "ping"]);
const SAFE_DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=]+$/i;

/** The scheme a browser would see: it drops whitespace and control characters first. */
function scheme(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase().match(/^([a-z][a-z0-9+.-]*):/)?.[1] ?? "";
}

/**
 * What in `html` (a rendered page or fragment) could run script: the corpus's marker as
 * an element's id or class, event-handler attributes, javascript:/vbscript:/data: URLs
 * (bar plain raster images), executable <script> elements, JSON-LD that could close its
 * own <script>, and elements that load active content. Empty when the markup is inert.
 */
export function liveScriptFindings(html: string, options: { reactFormPlaceholders?: boolean } = {}): string[] {
  const findings: string[] = [];
  const stack: { name: string; json: boolean; text: string; attributes: Record<string, string> }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const json = name === "script" && attributes.type === "application/ld+json";
        stack.push({ name, json, text: "", attributes });
        // React preloads images it renders with priority; nothing a writer controls.
        const imagePreload = name === "link" && attributes.rel === "preload" && attributes.as === "image";
        if (ACTIVE_ELEMENTS.has(name) && !imagePreload) findings.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if ((attribute === "id" || attribute === "class") && value.includes(XSS_MARKER)) findings.push(`<${name} ${attribute}="${value}">`);
          if (attribute.startsWith("on")) findings.push(`<${name} ${attribute}>`);
          if (attribute === "style" && /url\s*\(|expression\s*\(/i.test(value)) findings.push(`<${name} style="${value}">`);
          if (!URL_ATTRIBUTES.has(attribute)) continue;
          if (options.reactFormPlaceholders && attribute === "action" && value === REACT_FORM_PLACEHOLDER) continue;
          for (const url of attribute === "srcset" || attribute === "imagesrcset" ? value.split(",").map((s) => s.trim().split(/\s+/)[0] ?? "") : [value]) {
            const s = scheme(url);
            if (s === "javascript" || s === "vbscript" || (s === "data" && !(name === "img" && SAFE_DATA_IMAGE.test(url.trim())))) {
              findings.push(`<${name} ${attribute}="${url.slice(0, 60)}">`);
            }
          }
        }
      },
      ontext(text) {
        const open = stack.at(-1);
        if (open) open.text += text;
      },
      onclosetag() {
        const element = stack.pop();
        if (element?.name !== "script") return;
        // JSON-LD is inert only while nothing in it can end the element early.
        if (element.json && /<\/?script|<!--/i.test(element.text)) findings.push(`JSON-LD containing ${element.text.slice(0, 60)}`);
        if (!element.json && !(options.reactFormPlaceholders && REACT_FORM_REPLAY.test(element.text))) {
          findings.push(`<script ${JSON.stringify(element.attributes)}>${element.text.slice(0, 40)}`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return findings;
}

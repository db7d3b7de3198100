/**
 * Script-injection vectors for every input that reaches a page (integration tests and
 * e2e/security.spec.ts). Each one, if it ever ran or became markup, would either open a
 * dialog (alert/confirm/prompt) or leave an element whose id or class is `xss-marker`,
 * so both layers can check for the same two symptoms. No imports: Playwright loads it too.
 */
export const XSS_MARKER = "xss-marker";

export type XssVector = { name: string; payload: string };

const M = XSS_MARKER;

export const XSS_VECTORS: XssVector[] = [
  // Plain script tags
  { name: "script tag", payload: `<script>alert(1)</script>` },
  { name: "script with marker id", payload: `<script id="${M}">alert(1)</script>` },
  { name: "script src", payload: `<script src="https://evil.example/x.js" class="${M}"></script>` },
  { name: "nested script split", payload: `<scr<script>ipt>alert(1)</scr</script>ipt>` },
  { name: "double open bracket", payload: `<<script>alert(1);//<</script>` },
  { name: "uppercase script", payload: `<SCRIPT class="${M}">alert(1)</SCRIPT>` },
  // Event handlers
  { name: "img onerror", payload: `<img src=x onerror=alert(1) class=${M}>` },
  { name: "img onerror mixed case", payload: `<img src="x" oNeRrOr="alert(1)" id="${M}">` },
  { name: "img slashes for spaces", payload: `<img/src="x"/onerror="alert(1)"/class="${M}">` },
  { name: "img onerror entity-encoded", payload: `<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)" class="${M}">` },
  { name: "img eval of src", payload: `<img src=x:alert(alt) onerror=eval(src) alt=0 class=${M}>` },
  { name: "svg onload", payload: `<svg onload=alert(1) id=${M}>` },
  { name: "svg slash onload", payload: `<svg/onload=alert(1) class=${M}>` },
  { name: "body onload", payload: `<body onload=alert(1) class=${M}>` },
  { name: "input autofocus onfocus", payload: `<input autofocus onfocus=alert(1) class=${M}>` },
  { name: "details ontoggle", payload: `<details open ontoggle=alert(1) class=${M}><summary>x</summary></details>` },
  { name: "video source onerror", payload: `<video><source onerror=alert(1) class=${M}></video>` },
  { name: "audio onerror", payload: `<audio src=x onerror=alert(1) class=${M}>` },
  { name: "marquee onstart", payload: `<marquee onstart=alert(1) class=${M}>x</marquee>` },
  { name: "paragraph onmouseover", payload: `<p onmouseover="alert(1)" class="${M}">di chuột vào đây</p>` },
  { name: "link with onclick", payload: `<a href="https://example.com" onclick="alert(1)" class="${M}">liên kết</a>` },
  { name: "custom element onclick", payload: `<x-foo onclick=alert(1) id=${M}>bấm</x-foo>` },
  { name: "unclosed img", payload: `<img src=x onerror=alert(1) class=${M} ` },
  { name: "isindex", payload: `<isindex type=image src=1 onerror=alert(1) class=${M}>` },
  // javascript:, vbscript: and data: URLs
  { name: "javascript href", payload: `<a href="javascript:alert(1)" id="${M}">bấm</a>` },
  { name: "javascript href mixed case", payload: `<a href="JaVaScRiPt:alert(1)" class="${M}">bấm</a>` },
  { name: "javascript href entity", payload: `<a href="&#106;avascript:alert(1)" class="${M}">bấm</a>` },
  { name: "javascript href hex entity", payload: `<a href="&#x6A;&#x61;vascript&#x3A;alert(1)" class="${M}">bấm</a>` },
  { name: "javascript href tab", payload: `<a href="jav&#x09;ascript:alert(1)" class="${M}">bấm</a>` },
  { name: "javascript href leading space", payload: `<a href=" javascript:alert(1)" class="${M}">bấm</a>` },
  { name: "javascript href newline", payload: `<a href="java\nscript:alert(1)" class="${M}">bấm</a>` },
  { name: "vbscript href", payload: `<a href="vbscript:msgbox(1)" class="${M}">bấm</a>` },
  { name: "data html href", payload: `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" class="${M}">bấm</a>` },
  { name: "data svg img", payload: `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" class="${M}">` },
  { name: "iframe javascript", payload: `<iframe src="javascript:alert(1)" id="${M}"></iframe>` },
  { name: "iframe srcdoc", payload: `<iframe srcdoc="<script>alert(1)</script>" class="${M}"></iframe>` },
  { name: "object data", payload: `<object data="javascript:alert(1)" class="${M}"></object>` },
  { name: "embed src", payload: `<embed src="javascript:alert(1)" class="${M}">` },
  { name: "form action", payload: `<form action="javascript:alert(1)" class="${M}"><button>gửi</button></form>` },
  { name: "button formaction", payload: `<button formaction="javascript:alert(1)" class="${M}">gửi</button>` },
  { name: "img srcset javascript", payload: `<img srcset="javascript:alert(1) 1x" class="${M}">` },
  { name: "meta refresh", payload: `<meta http-equiv="refresh" content="0;url=javascript:alert(1)" class="${M}">` },
  { name: "base href", payload: `<base href="javascript:alert(1)//" class="${M}">` },
  { name: "link stylesheet", payload: `<link rel="stylesheet" href="javascript:alert(1)" class="${M}">` },
  { name: "table background", payload: `<table background="javascript:alert(1)" class="${M}"><tr><td>x</td></tr></table>` },
  { name: "style url", payload: `<div style="background:url(javascript:alert(1))" class="${M}">x</div>` },
  { name: "style import", payload: `<style>@import 'javascript:alert(1)';</style><b class="${M}">x</b>` },
  // SVG and MathML
  { name: "svg script", payload: `<svg><script>alert(1)</script></svg>` },
  { name: "svg animate onbegin", payload: `<svg><animate onbegin=alert(1) attributeName=x dur=1s class=${M}></svg>` },
  { name: "svg xlink javascript", payload: `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20" class="${M}">X</text></a></svg>` },
  { name: "svg use data", payload: `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x" class="${M}"/></svg>` },
  { name: "math href", payload: `<math href="javascript:alert(1)" class="${M}">BẤM</math>` },
  { name: "mathml mglyph style mutation", payload: `<math><mtext><table><mglyph><style><img src=x onerror=alert(1) class=${M}></style></mglyph></table></mtext></math>` },
  { name: "noscript title mutation", payload: `<noscript><p title="</noscript><img src=x onerror=alert(1) class=${M}>"></noscript>` },
  { name: "template content", payload: `<template><img src=x onerror=alert(1) class=${M}></template>` },
  // Breaking out of attributes, elements and contexts
  { name: "double quote breakout", payload: `"><img src=x onerror=alert(1) class=${M}>` },
  { name: "single quote breakout", payload: `'><svg/onload=alert(1) class=${M}>` },
  { name: "title breakout", payload: `</title><img src=x onerror=alert(1) class=${M}>` },
  { name: "textarea breakout", payload: `</textarea><img src=x onerror=alert(1) class=${M}>` },
  { name: "script context breakout", payload: `</script><img src=x onerror=alert(1) class=${M}>` },
  { name: "json string breakout", payload: `"}];alert(1);//</script><script>alert(1)</script>` },
  { name: "comment breakout", payload: `<!--><img src=x onerror=alert(1) class=${M}>-->` },
  { name: "cdata", payload: `<![CDATA[<img src=x onerror=alert(1) class=${M}>]]>` },
  { name: "style breakout", payload: `</style><img src=x onerror=alert(1) class=${M}>` },
  // Encoded variants (must stay text)
  { name: "html-escaped markup", payload: `&lt;img src=x onerror=alert(1) class=${M}&gt;` },
  { name: "double-escaped markup", payload: `&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;` },
  { name: "url-encoded markup", payload: `%3Cimg%20src%3Dx%20onerror%3Dalert(1)%20class%3D${M}%3E` },
  { name: "js-escaped markup", payload: `\\u003cimg src=x onerror=alert(1) class=${M}\\u003e` },
  { name: "fullwidth brackets", payload: `＜script＞alert(1)＜/script＞` },
  { name: "nul inside tag", payload: `<img\u0000 src=x onerror=alert(1) class=${M}>` },
  { name: "bare javascript url", payload: `javascript:alert(1)` },
  { name: "template expression", payload: `{{constructor.constructor('alert(1)')()}}` },
  { name: "vietnamese text around", payload: `Cải cách hành chính <img src=x onerror=alert(1) class=${M}> huyện Hưng Hà` },
];

/** The nastiest few, for the slower browser checks: one of each family above. */
export const XSS_SAMPLE: XssVector[] = [
  "img onerror",
  "svg onload",
  "javascript href entity",
  "iframe srcdoc",
  "mathml mglyph style mutation",
  "noscript title mutation",
  "double quote breakout",
  "script context breakout",
  "json string breakout",
  "html-escaped markup",
].map((name) => {
  const vector = XSS_VECTORS.find((v) => v.name === name);
  if (!vector) throw new Error(`no XSS vector named ${name}`);
  return vector;
});

import { describe, expect, it } from "vitest";
import { externalImageSources, paragraphsToHtml, sanitizeArticleHtml, toPlainText } from "./sanitize";

describe("sanitizeArticleHtml", () => {
  it("keeps the formatting editors use", () => {
    const html = '<h2>Tiêu đề</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p><ul><li>Một</li></ul><table><tbody><tr><td colspan="2">Ô</td></tr></tbody></table>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it("removes scripts, event handlers and javascript: URLs", () => {
    const out = sanitizeArticleHtml(
      '<p onclick="alert(1)">A</p><script>alert(1)</script><a href="javascript:alert(1)">x</a><img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript:|iframe/i);
    expect(out).toContain("<p>A</p>");
  });

  it("drops data: URLs on images and style attributes", () => {
    const out = sanitizeArticleHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="a"><p style="color:red">B</p>');
    expect(out).not.toContain("data:");
    expect(out).not.toContain("style");
  });

  it("opens external links safely", () => {
    expect(sanitizeArticleHtml('<a href="https://chinhphu.vn">CP</a>')).toBe('<a href="https://chinhphu.vn" target="_blank" rel="noopener noreferrer">CP</a>');
    expect(sanitizeArticleHtml('<a href="/bai-viet/x">nội bộ</a>')).toBe('<a href="/bai-viet/x">nội bộ</a>');
  });

  it("keeps images from the media library and drops images from anywhere else", () => {
    const local = '<figure><img src="/media/2026/11/anh-960.webp" srcset="/media/2026/11/anh-480.webp 480w, /media/2026/11/anh-960.webp 960w" alt="Ảnh" /><figcaption>Chú thích</figcaption></figure>';
    expect(sanitizeArticleHtml(local)).toBe(local);
    for (const src of ["https://evil.example/track.gif", "http://cdn.example/a.jpg", "//evil.example/a.png", "/media/../admin", "/media//evil.example/a.png", "/khac/a.png", "media/a.png", ""]) {
      expect(sanitizeArticleHtml(`<p>A</p><img src="${src}" alt="x"><p>B</p>`), src).toBe("<p>A</p><p>B</p>");
    }
    // A local image keeps its place but loses a srcset naming other hosts.
    expect(sanitizeArticleHtml('<img src="/media/a.webp" srcset="https://evil.example/a.webp 2x" alt="">')).toBe('<img src="/media/a.webp" alt="" />');
  });

  it("normalizes decomposed Vietnamese to NFC", () => {
    const nfd = "<p>Cải cách</p>".normalize("NFD");
    expect(sanitizeArticleHtml(nfd)).toBe("<p>Cải cách</p>".normalize("NFC"));
  });

  it("handles empty input and emoji", () => {
    expect(sanitizeArticleHtml("")).toBe("");
    expect(sanitizeArticleHtml("<p>Chúc mừng 🎉</p>")).toBe("<p>Chúc mừng 🎉</p>");
  });
});

describe("figures", () => {
  const img = '<img src="/media/ab12/anh-960.webp" srcset="/media/ab12/anh-480.webp 480w, /media/ab12/anh-960.webp 960w" sizes="(min-width: 1024px) 760px, 100vw" alt="Cầu Hưng Hà" width="1200" height="800" loading="lazy" />';

  it("keeps a body image with its caption as the editor stores it", () => {
    const html = `<figure>${img}<figcaption>Ảnh: Cầu Hưng Hà mùa lũ <strong>2026</strong></figcaption></figure>`;
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it("drops an empty caption and strips attributes and scripts from figures", () => {
    expect(sanitizeArticleHtml(`<figure class="x" onclick="alert(1)">${img}<figcaption></figcaption></figure>`)).toBe(`<figure>${img}</figure>`);
    expect(sanitizeArticleHtml(`<figure>${img}<figcaption> <br> </figcaption></figure>`)).toBe(`<figure>${img}</figure>`);
    const hostile = sanitizeArticleHtml(`<figure><img src="javascript:alert(1)" onerror="alert(2)"><figcaption style="x" onmouseover="alert(3)"><script>alert(4)</script><a href="javascript:alert(5)">Chú thích</a></figcaption></figure>`);
    expect(hostile).not.toMatch(/javascript:|onerror|onmouseover|script|style=/i);
    expect(hostile).toContain("<figcaption><a>Chú thích</a></figcaption>");
  });

  it("turns a caption outside any figure into a paragraph (valid HTML)", () => {
    expect(sanitizeArticleHtml("<figcaption>Lạc chỗ</figcaption><p>Tiếp</p>")).toBe("<p>Lạc chỗ</p><p>Tiếp</p>");
    expect(sanitizeArticleHtml(`<blockquote><figcaption>a</figcaption></blockquote><figure>${img}<figcaption>b</figcaption></figure>`)).toBe(
      `<blockquote><p>a</p></blockquote><figure>${img}<figcaption>b</figcaption></figure>`,
    );
  });
});

describe("pasted Word / Google Docs HTML", () => {
  it("keeps headings, lists, bold/italic and tables and drops fonts, colours and junk spans", () => {
    const word = `<h2 class="MsoTitle" style="mso-line-height-rule:exactly"><span style="font-family:'Times New Roman';color:#1F3864">Kế hoạch năm 2027</span></h2>
<p class="MsoNormal"><b><span style="font-size:14pt">Đậm</span></b> và <i><font face="Arial" color="red">nghiêng</font></i><o:p></o:p></p>
<ul><li class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="font-family:Symbol">·</span>Mục một</li></ul>
<table class="MsoTableGrid" border="1" style="border-collapse:collapse"><tr><td width="200" style="background:yellow"><p>Ô</p></td></tr></table>
<p id="docs-internal-guid-1" dir="ltr"><span style="font-weight:700;color:#000">Google Docs</span></p>`;
    const out = sanitizeArticleHtml(word);
    expect(out).toContain("<h2>Kế hoạch năm 2027</h2>");
    expect(out).toContain("<b>Đậm</b> và <i>nghiêng</i>");
    expect(out).toContain("<li>·Mục một</li>");
    expect(out).toContain("<td><p>Ô</p></td>");
    expect(out).not.toMatch(/style=|class=|<span|<font|<o:p|mso-|face=|color=|width=|border=|id=/);
  });
});

describe("toPlainText", () => {
  it("strips tags, folds spaces and keeps ampersands readable", () => {
    expect(toPlainText("  <b>VHTT&amp;TT</b>\n huyện <script>x</script> ")).toBe("VHTT&TT huyện");
    expect(toPlainText("a < b & c")).toBe("a < b & c");
  });

  it("removes control characters", () => {
    expect(toPlainText("a\u0000b\u0007c")).toBe("a b c");
  });
});

describe("paragraphsToHtml", () => {
  it("escapes text and wraps each paragraph", () => {
    expect(paragraphsToHtml(["Một & hai", " ", "<b>ba</b>"])).toBe("<p>Một &amp; hai</p>\n<p>&lt;b&gt;ba&lt;/b&gt;</p>");
  });
});

describe("externalImageSources", () => {
  it("lists the images a save would lose, and none for the media library's", () => {
    expect(externalImageSources('<p><img src="https://evil.example/a.gif"><img src="/media/x.webp"><img src="//cdn.example/b.png"><img src="HTTP://X.EXAMPLE/c"></p>')).toEqual([
      "https://evil.example/a.gif",
      "//cdn.example/b.png",
      "HTTP://X.EXAMPLE/c",
    ]);
    // Not another site's: dropped by the sanitizer without a word (the XSS corpus is full of these).
    expect(externalImageSources('<img src="x" onerror="alert(1)"><img src="data:image/png;base64,AA==">')).toEqual([]);
    expect(externalImageSources('<p>Chữ</p><img src="/media/2026/a.webp" alt="">')).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight";
import { htmlToText, truncateText } from "./plain-text";
import { cleanQuery, dateRange, foldVietnamese, hasDiacritics, highlightTerms, MAX_QUERY_LENGTH, parseSearchParams, phrasePairs, searchHref } from "./search-query";

describe("foldVietnamese", () => {
  it("drops every tone and vowel mark and maps đ/Đ to d", () => {
    expect(foldVietnamese("Cải cách hành chính")).toBe("cai cach hanh chinh");
    expect(foldVietnamese("ĐƯỜNG Đường dương")).toBe("duong duong duong");
    expect(foldVietnamese("Ðoàn ðường")).toBe("doan duong");
    expect(foldVietnamese("Phượng Dực, Hồng Minh, Hoàng Long")).toBe("phuong duc, hong minh, hoang long");
    // Decomposed input (e + combining marks) folds the same as precomposed.
    expect(foldVietnamese("ê\u0323")).toBe(foldVietnamese("ệ"));
  });
});

describe("cleanQuery", () => {
  it("keeps ordinary text, normalised to NFC and single spaces", () => {
    expect(cleanQuery("  cải   cách\t hành chính ")).toEqual({ text: "cải cách hành chính", truncated: false });
    expect(cleanQuery("cai\u0309").text).toBe("caỉ");
  });

  it("removes control and format characters and lone surrogates", () => {
    expect(cleanQuery("a\u0000b\u0007c\u200bd\u202ee").text).toBe("a b c d e");
    expect(cleanQuery("x\ud800y").text).toBe("x\ufffdy");
  });

  it("cuts long input at the limit without splitting a character", () => {
    const { text, truncated } = cleanQuery("đ".repeat(5000));
    expect(truncated).toBe(true);
    expect(Array.from(text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(cleanQuery("😀".repeat(300)).text).toBe("😀".repeat(MAX_QUERY_LENGTH));
  });

  it("ignores anything that is not a string", () => {
    expect(cleanQuery(["a", "b"]).text).toBe("");
    expect(cleanQuery(undefined).text).toBe("");
  });
});

describe("highlightTerms and hasDiacritics", () => {
  it("folds words and leaves out excluded words and operators", () => {
    expect(highlightTerms('"Cải cách" -thuế or Hành')).toEqual(["cai", "cach", "hanh"]);
    expect(highlightTerms("'; drop table articles; --")).toEqual(["drop", "table", "articles"]);
    expect(highlightTerms("!!! ... ???")).toEqual([]);
    expect(highlightTerms("covid-19")).toEqual(["covid", "19"]);
  });

  it("tells accented queries from plain ones", () => {
    expect(hasDiacritics("đường")).toBe(true);
    expect(hasDiacritics("Duong")).toBe(false);
  });
});

describe("parseSearchParams", () => {
  it("reads every filter", () => {
    expect(parseSearchParams({ q: " cải cách ", "chuyen-muc": "kinh-te", tu: "2025-01-01", den: "2025-06-30", trang: "2" })).toEqual({
      q: "cải cách",
      truncated: false,
      category: "kinh-te",
      from: "2025-01-01",
      to: "2025-06-30",
      scope: "site",
      page: 2,
    });
  });

  it("searches this site unless the whole province is asked for", () => {
    expect(parseSearchParams({ q: "lúa" }).scope).toBe("site");
    expect(parseSearchParams({ q: "lúa", "pham-vi": "toan-tinh" }).scope).toBe("province");
    expect(parseSearchParams({ q: "lúa", "pham-vi": "tinh" }).scope).toBe("site");
    expect(parseSearchParams({ q: "lúa", "pham-vi": ["toan-tinh", "x"] }).scope).toBe("province");
  });

  it("drops malformed values instead of failing", () => {
    expect(parseSearchParams({ q: ["a", "b"], "chuyen-muc": "<script>", tu: "2025-02-30", den: "hôm qua", trang: "-1" })).toEqual({
      q: "a",
      truncated: false,
      category: undefined,
      from: undefined,
      to: undefined,
      scope: "site",
      page: 1,
    });
  });

  it("swaps a reversed date range", () => {
    const request = parseSearchParams({ tu: "2025-06-30", den: "2025-01-01" });
    expect([request.from, request.to]).toEqual(["2025-01-01", "2025-06-30"]);
  });

  it("turns days into instants in Việt Nam time, the last day included", () => {
    const { from, to } = dateRange({ from: "2018-02-24", to: "2018-02-24" });
    expect(from?.toISOString()).toBe("2018-02-23T17:00:00.000Z");
    expect(to?.toISOString()).toBe("2018-02-24T17:00:00.000Z");
  });

  it("builds stable, encoded URLs", () => {
    expect(searchHref({ q: "cải cách & thuế", category: "kinh-te", page: 3 })).toBe("/tim-kiem?q=c%E1%BA%A3i+c%C3%A1ch+%26+thu%E1%BA%BF&chuyen-muc=kinh-te&trang=3");
    expect(searchHref({ q: "", page: 1 })).toBe("/tim-kiem");
    expect(searchHref({ q: "lúa", scope: "province", page: 2 })).toBe("/tim-kiem?q=l%C3%BAa&pham-vi=toan-tinh&trang=2");
    expect(searchHref({ q: "lúa", scope: "site" })).toBe("/tim-kiem?q=l%C3%BAa");
  });
});

describe("highlight", () => {
  it("marks words whatever their accents, joining adjacent ones", () => {
    expect(highlight("Đoàn kiểm tra cải cách hành chính tại xã", ["cai", "cach", "chinh"])).toEqual([
      { text: "Đoàn kiểm tra ", match: false },
      { text: "cải cách", match: true },
      { text: " hành ", match: false },
      { text: "chính", match: true },
      { text: " tại xã", match: false },
    ]);
  });

  it("matches whole words only and keeps markup-looking text as text", () => {
    const segments = highlight("<b>cách</b> cáchthức", ["cach"]);
    expect(segments.map((s) => s.text).join("")).toBe("<b>cách</b> cáchthức");
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["cách"]);
  });

  it("returns the text unmarked without terms", () => {
    expect(highlight("Văn bản", [])).toEqual([{ text: "Văn bản", match: false }]);
  });

  it("folds every occurrence alike: plain letters in any case, accents, repeats", () => {
    // Each distinct word is folded once per text, plain ASCII words by lower case only:
    // the marks must land exactly where folding every word would put them.
    const text = "DUONG duong Duong. Đường ĐƯỜNG đường; Ðường duongx xduong DUONG";
    const marked = highlight(text, ["duong"]).filter((s) => s.match).map((s) => s.text);
    expect(marked).toEqual(["DUONG duong Duong", "Đường ĐƯỜNG đường", "Ðường", "DUONG"]);
    // Letters that fold to something else than their lower case are still folded.
    expect(highlight("İnan Ísland ISLAND", ["inan", "island"]).filter((s) => s.match).map((s) => s.text)).toEqual(["İnan Ísland ISLAND"]);
    expect(highlight("한국 한국어 한국", highlightTerms("한국")).filter((s) => s.match).map((s) => s.text)).toEqual(["한국", "한국"]);
  });
});

describe("snippet", () => {
  const filler = "Nội dung không liên quan đến từ khóa tìm kiếm của bạn đọc. ".repeat(10);
  const text = `${filler}Huyện đẩy mạnh cải cách hành chính tại bộ phận một cửa. ${filler}`;

  it("centres on the matches, cut at word boundaries", () => {
    const result = snippet(text, ["cai", "cach", "hanh", "chinh"], 160);
    expect(result).toContain("cải cách hành chính");
    expect(result.startsWith("…")).toBe(true);
    expect(result.endsWith("…")).toBe(true);
    expect(result.length).toBeLessThanOrEqual(162);
    expect(text).toContain(result.slice(1, -1));
  });

  it("picks the densest run of matches, whatever case or form each occurrence has", () => {
    const long = `${filler}Một lần CAI CACH. ${filler}Ba lần: cải cách, Cải Cách, CẢI CÁCH ở xã. ${filler}`;
    const result = snippet(long, ["cai", "cach"], 120);
    expect(result).toContain("Ba lần: cải cách, Cải Cách,");
    expect(result).not.toContain("CAI CACH");
  });

  it("starts at the beginning without a match, and keeps short text whole", () => {
    expect(snippet(text, ["khongco"], 100).startsWith("Nội dung")).toBe(true);
    expect(snippet("Ngắn gọn.", ["gon"])).toBe("Ngắn gọn.");
  });
});

describe("plain text", () => {
  it("strips tags and decodes entities", () => {
    expect(htmlToText('<p>Cải&nbsp;cách &amp; <a href="/x">đổi mới</a></p><p>Hết&#46; &#x110;úng</p>')).toBe("Cải cách & đổi mới Hết. Đúng");
  });

  it("truncates at a word boundary", () => {
    expect(truncateText("một hai ba bốn năm sáu", 12)).toBe("một hai ba…");
    expect(truncateText("ngắn", 12)).toBe("ngắn");
  });
});

describe("phrasePairs", () => {
  // Inputs are PostgreSQL's text of websearch_to_tsquery('simple', f_unaccent(…)).
  it("gives the adjacent pairs of each required phrase", () => {
    expect(phrasePairs("'chinh' <-> 'trang' <-> 'do' <-> 'thi'")).toBe("'chinh trang' & 'trang do' & 'do thi'");
    expect(phrasePairs("'a' <-> 'b' & 'c' & 'd' <-> 'e'")).toBe("'a b' & 'd e'");
  });

  it("gives none for words without phrases, or phrases that are not required", () => {
    expect(phrasePairs("'cai' & 'cach'")).toBeNull();
    expect(phrasePairs("'a' & !( 'b' <-> 'c' )")).toBeNull();
    expect(phrasePairs("'a' <-> 'b' | 'c'")).toBeNull();
    expect(phrasePairs("( 'a' | 'b' ) & 'c' <-> 'd'")).toBe("'c d'");
  });

  it("links only words one position apart", () => {
    expect(phrasePairs("'a' <2> 'b' <-> 'c'")).toBe("'b c'");
    expect(phrasePairs("'a':* <-> 'b'")).toBeNull();
  });

  it("keeps PostgreSQL's escapes, so the pair reads back as the same lexemes", () => {
    expect(phrasePairs("'don''t' <-> 'a\\\\b'")).toBe("'don''t a\\\\b'");
  });
});

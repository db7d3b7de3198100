// Made by scripts/fonts/subset-be-vietnam-pro.sh: edit that script, not this file.
import localFont from "next/font/local";

/**
 * The reader's font: one file per weight, preloaded from the head so it arrives with the
 * stylesheet rather than after it. The family keeps its own name: app/globals.css puts it
 * first in --font-sans, before the metric-matched fallback face measured there (the
 * loader's own className would set the family alone, without that fallback). The layout
 * puts `variable` on <html>, which is what makes Next include the rules and preloads.
 */
export const beVietnamPro = localFont({
  src: [
    { path: "./be-vietnam-pro-400.woff2", weight: "400", style: "normal" },
    { path: "./be-vietnam-pro-600.woff2", weight: "600", style: "normal" },
    { path: "./be-vietnam-pro-700.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: true,
  adjustFontFallback: false,
  variable: "--font-be-vietnam-pro",
  declarations: [
    { prop: "font-family", value: "Be Vietnam Pro" },
    { prop: "unicode-range", value: "U+0020-007E, U+00A0-00FF, U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303, U+0309, U+0323, U+1EA0-1EF9, U+2013-2014, U+2018-201A, U+201C-201E, U+2022, U+2026, U+2030, U+2039-203A, U+20AB-20AC, U+2122, U+2212" },
  ],
});

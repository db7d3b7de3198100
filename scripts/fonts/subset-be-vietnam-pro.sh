#!/bin/sh
# Makes app/fonts/be-vietnam-pro-{400,600,700}.woff2 and the next/font/local call that
# serves them (app/fonts/be-vietnam-pro.ts, used by app/layout.tsx: @font-face rules and a
# preload of each file in every page's head): Be Vietnam Pro cut down to what
# Vietnamese pages set (ASCII, Latin-1, the Vietnamese letters and tone marks, common
# punctuation, ₫ and €), without TrueType hinting (as Google Fonts serves it to current
# browsers). One ~15 kB file per weight instead of fontsource's three subsets per weight
# (latin, latin-ext, vietnamese: ~50 kB), which a Vietnamese page all downloaded.
# The files are committed; run this only to change the set of characters or the source.
# Needs pyftsubset (Debian: apt-get install fonttools python3-brotli) and the npm registry.
# The rules' unicode-range is the same set (next/font wants it written out literally), so a
# character outside it is set in the
# fallback face (app/globals.css) without fetching anything; tests/unit/fonts.test.ts
# checks the rules against the files.
set -eu
SOURCE="@expo-google-fonts/be-vietnam-pro@0.4.1" # the full TrueType files, version 1.002
UNICODES="U+0020-007E,U+00A0-00FF,U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303,U+0309,U+0323,U+1EA0-1EF9,U+2013-2014,U+2018-201A,U+201C-201E,U+2022,U+2026,U+2030,U+2039-203A,U+20AB-20AC,U+2122,U+2212"
out="$(cd "$(dirname "$0")/../../app/fonts" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$SOURCE" >/dev/null && tar xzf ./*.tgz)
for style in 400:400Regular 600:600SemiBold 700:700Bold; do
  weight="${style%%:*}"
  name="${style#*:}"
  pyftsubset "$work/package/$name/BeVietnamPro_$name.ttf" --unicodes="$UNICODES" \
    --flavor=woff2 --no-hinting --desubroutinize --output-file="$out/be-vietnam-pro-$weight.woff2"
done
cat >"$out/be-vietnam-pro.ts" <<TS
// Made by scripts/fonts/subset-be-vietnam-pro.sh: edit that script, not this file.
import localFont from "next/font/local";

/**
 * The reader's font: one file per weight, preloaded from the head so it arrives with the
 * stylesheet rather than after it. The family keeps its own name: app/globals.css puts it
 * first in --font-sans, before the metric-matched fallback face measured there (the
 * loader's own className would set the family alone, without that fallback). The layout
 * puts \`variable\` on <html>, which is what makes Next include the rules and preloads.
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
    { prop: "unicode-range", value: "$(echo "$UNICODES" | sed 's/,/, /g')" },
  ],
});
TS
ls -l "$out"

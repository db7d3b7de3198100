/**
 * Demo imagery for the unit's pages: portrait placeholders (a flat illustrated bust on a
 * coloured backdrop, never a real person) and a stylised boundary map (a polygon with
 * rivers and roads, no text, no map tiles), drawn as SVG and rasterised with sharp, like
 * db/seed/images.ts.
 */
import sharp from "sharp";
import { mulberry32 } from "@/lib/random";

const BACKDROPS = ["#dbe7f3", "#e8e1d5", "#dfeadf", "#efe0e0", "#e4e0ef"];
const SUITS = ["#2f3b52", "#3b3f46", "#28425c", "#4a3b35"];
const SKIN = ["#e9c4a0", "#d9ad86", "#f0cfae", "#c99a73"];
const HAIR = ["#1f1a17", "#2b2420", "#3a2e26", "#4a4a4a"];

/** A 480×600 JPEG portrait placeholder; `feminine` changes the hair outline only. */
export async function renderPortrait(seed: number, feminine: boolean): Promise<Buffer> {
  const rng = mulberry32(0x9e3779b9 ^ seed);
  const pick = <T,>(list: T[]) => list[Math.floor(rng() * list.length)]!;
  const bg = pick(BACKDROPS);
  const suit = pick(SUITS);
  const skin = pick(SKIN);
  const hair = pick(HAIR);
  const hairPath = feminine
    ? `<path d="M168 250c-6-96 40-146 72-146s80 40 72 146c-8 40-4 80 14 110h-46c-10-40-14-70-12-100h-56c2 30-2 60-12 100h-46c18-30 22-70 14-110z" fill="${hair}"/>`
    : `<path d="M170 240c-8-84 38-132 70-132s82 40 70 132c-10-34-30-54-70-58-40 4-60 24-70 58z" fill="${hair}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="600" viewBox="0 0 480 600">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${bg}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
    <rect width="480" height="600" fill="url(#g)"/>
    <path d="M60 600c10-120 80-178 180-178s170 58 180 178z" fill="${suit}"/>
    <path d="M206 430l34 70 34-70z" fill="#f4f4f4"/>
    <path d="M232 440l8 16 8-16-8 60z" fill="#9a1c16"/>
    <rect x="212" y="350" width="56" height="80" rx="20" fill="${skin}"/>
    <ellipse cx="240" cy="262" rx="74" ry="92" fill="${skin}"/>
    ${hairPath}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 84, mozjpeg: true }).toBuffer();
}

/** A 1600×1100 JPEG of an invented boundary: the unit's outline, a river, roads, neighbours. */
export async function renderBoundaryMap(seed: number): Promise<Buffer> {
  const rng = mulberry32(0x51ed ^ seed);
  const cx = 800;
  const cy = 560;
  const points: string[] = [];
  const n = 22;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    const r = 330 + rng() * 150;
    points.push(`${Math.round(cx + Math.cos(a) * r * 1.25)},${Math.round(cy + Math.sin(a) * r)}`);
  }
  const river = `M0 ${300 + Math.round(rng() * 200)} C 400 ${200 + Math.round(rng() * 300)}, 900 ${700 + Math.round(rng() * 200)}, 1600 ${500 + Math.round(rng() * 300)}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1100" viewBox="0 0 1600 1100">
    <rect width="1600" height="1100" fill="#f3efe4"/>
    <g fill="none" stroke="#c9bfa8" stroke-width="3" stroke-dasharray="14 10">
      <path d="M0 180 L1600 260"/><path d="M240 0 L380 1100"/><path d="M1280 0 L1180 1100"/><path d="M0 940 L1600 880"/>
    </g>
    <polygon points="${points.join(" ")}" fill="#fbe4e1" stroke="#9a1c16" stroke-width="8" stroke-linejoin="round"/>
    <path d="${river}" fill="none" stroke="#6aa6d6" stroke-width="34" stroke-linecap="round"/>
    <path d="${river}" fill="none" stroke="#9cc7ea" stroke-width="16" stroke-linecap="round"/>
    <g fill="none" stroke="#e8b00c" stroke-width="10" stroke-linecap="round">
      <path d="M300 ${cy - 40} L1300 ${cy + 60}"/><path d="M${cx - 60} 160 L${cx + 40} 980"/>
    </g>
    <circle cx="${cx}" cy="${cy}" r="22" fill="#9a1c16" stroke="#fff" stroke-width="6"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/**
 * Demo imagery for the seed: flat vector illustrations written as SVG and rasterised with sharp.
 * Everything is drawn here so seeding needs no network and the repo carries no binary assets.
 * No text is drawn because fonts differ between machines.
 */
import sharp from "sharp";
import { mulberry32, type Rng } from "@/lib/random";

export type CoverTheme = "fields" | "meeting" | "road" | "school" | "festival" | "health" | "river" | "market";

const COVER_W = 1600;
const COVER_H = 900;
const LAND_W = 1600;
const LAND_H = 1067;
const JPEG_OPTIONS = { quality: 82, mozjpeg: true } as const;
const LANDSCAPE_COUNT = 12;

/* ------------------------------------------------------------------ randomness */

// FNV-1a, so the same numeric seed still gives unrelated streams for different themes.
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const between = (rng: Rng, a: number, b: number): number => a + (b - a) * rng();
const chance = (rng: Rng, p: number): boolean => rng() < p;
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError("pick() from an empty list");
  return item;
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

// One decimal is plenty at this size and keeps the SVG string (and parse time) small.
const n = (v: number): string => String(Math.round(v * 10) / 10);

/* ------------------------------------------------------------------ colour */

type Rgb = readonly [number, number, number];

function parseHex(c: string): Rgb {
  const v = Number.parseInt(c.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((x) => clamp(Math.round(x), 0, 255).toString(16).padStart(2, "0")).join("")}`;
}

function mix(a: string, b: string, t: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  return toHex([ca[0] + (cb[0] - ca[0]) * t, ca[1] + (cb[1] - ca[1]) * t, ca[2] + (cb[2] - ca[2]) * t]);
}

const lighten = (c: string, t: number): string => mix(c, "#ffffff", t);
const darken = (c: string, t: number): string => mix(c, "#000000", t);

// Small random drift so repeated props (roofs, shirts, paddies) don't look copy-pasted.
function vary(rng: Rng, c: string, amount = 0.08): string {
  const t = between(rng, -amount, amount);
  return t >= 0 ? lighten(c, t) : darken(c, -t);
}

/* ------------------------------------------------------------------ lighting */

interface Light {
  readonly sky: readonly [string, string, string];
  readonly sun: string;
  readonly glow: string;
  /** Colour that distant things fade into. */
  readonly haze: string;
  /** Colour grade applied to everything lit by this sky. */
  readonly tint: string;
  readonly tintAmount: number;
  readonly cloud: string;
  readonly water: readonly [string, string];
  readonly night: boolean;
}

const LIGHTS = {
  morning: {
    sky: ["#6fb0e2", "#a8d5ee", "#f5efd9"],
    sun: "#fff8dc",
    glow: "#fff0c0",
    haze: "#d9e8ee",
    tint: "#fff1d0",
    tintAmount: 0.06,
    cloud: "#ffffff",
    water: ["#a4cfe6", "#4e8db5"],
    night: false,
  },
  noon: {
    sky: ["#3e8fd6", "#84c1ea", "#dcf0f8"],
    sun: "#ffffff",
    glow: "#fffbe6",
    haze: "#cfe4f0",
    tint: "#ffffff",
    tintAmount: 0,
    cloud: "#ffffff",
    water: ["#8cc4e6", "#3a7cae"],
    night: false,
  },
  golden: {
    sky: ["#5f96c8", "#eed09e", "#ffd690"],
    sun: "#fff4c8",
    glow: "#ffdf9a",
    haze: "#eed5aa",
    tint: "#ffc870",
    tintAmount: 0.16,
    cloud: "#fff3df",
    water: ["#e8cb95", "#557ca0"],
    night: false,
  },
  dawn: {
    sky: ["#4b5f9b", "#d99ba7", "#ffd3a2"],
    sun: "#fff3cf",
    glow: "#ffc89c",
    haze: "#dcb7bf",
    tint: "#ffb39b",
    tintAmount: 0.14,
    cloud: "#ffdcd2",
    water: ["#e7b7aa", "#53618f"],
    night: false,
  },
  sunset: {
    sky: ["#33427c", "#d8716a", "#ffbf6a"],
    sun: "#fff1b8",
    glow: "#ffb46c",
    haze: "#d48f7e",
    tint: "#ff9858",
    tintAmount: 0.26,
    cloud: "#ffb592",
    water: ["#f0a472", "#3d4977"],
    night: false,
  },
  dusk: {
    sky: ["#1a2350", "#52437f", "#e2836b"],
    sun: "#ffe2b8",
    glow: "#f29a7b",
    haze: "#6d5a88",
    tint: "#5d4585",
    tintAmount: 0.36,
    cloud: "#8a6c9b",
    water: ["#a4718b", "#20284f"],
    night: true,
  },
} as const satisfies Record<string, Light>;

type LightName = keyof typeof LIGHTS;

/* ------------------------------------------------------------------ SVG scene */

interface Scene {
  readonly w: number;
  readonly h: number;
  readonly rng: Rng;
  readonly light: Light;
  readonly defs: string[];
  readonly body: string[];
  serial: number;
}

function newScene(w: number, h: number, seed: number, light: Light): Scene {
  return { w, h, rng: mulberry32(seed), light, defs: [], body: [], serial: 0 };
}

function toSvg(s: Scene): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s.w}" height="${s.h}" viewBox="0 0 ${s.w} ${s.h}">` +
    `<defs>${s.defs.join("")}</defs>${s.body.join("")}</svg>`
  );
}

type Stop = readonly [offset: number, color: string, opacity?: number];

function stopTags(stops: readonly Stop[]): string {
  return stops
    .map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? "" : ` stop-opacity="${a}"`}/>`)
    .join("");
}

/** Vertical gradient in user space, so stacked shapes share one continuous ramp. */
function vgrad(s: Scene, y0: number, y1: number, stops: readonly Stop[]): string {
  const id = `g${s.serial++}`;
  s.defs.push(
    `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="0" y1="${n(y0)}" x2="0" y2="${n(y1)}">${stopTags(stops)}</linearGradient>`,
  );
  return `url(#${id})`;
}

/** Gradient across the shape's own box (x1..y2 in 0..1). */
function bgrad(s: Scene, stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
  const id = `g${s.serial++}`;
  s.defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopTags(stops)}</linearGradient>`);
  return `url(#${id})`;
}

function rgrad(s: Scene, cx: number, cy: number, r: number, stops: readonly Stop[]): string {
  const id = `g${s.serial++}`;
  s.defs.push(
    `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}">${stopTags(stops)}</radialGradient>`,
  );
  return `url(#${id})`;
}

function clipPath(s: Scene, d: string): string {
  const id = `c${s.serial++}`;
  s.defs.push(`<clipPath id="${id}"><path d="${d}"/></clipPath>`);
  return `url(#${id})`;
}

const lit = (s: Scene, c: string): string => mix(c, s.light.tint, s.light.tintAmount);
/** Atmospheric perspective: depth 0 = right here, 1 = lost in the haze. */
const far = (s: Scene, c: string, depth: number): string => mix(lit(s, c), s.light.haze, depth);

type Pt = readonly [number, number];

function poly(points: readonly Pt[]): string {
  return points.map(([x, y], i) => `${i ? "L" : "M"}${n(x)} ${n(y)}`).join("") + "Z";
}

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ""): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${extra}/>`;
const circle = (cx: number, cy: number, r: number, fill: string, extra = ""): string =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${extra}/>`;
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ""): string =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${extra}/>`;
const path = (d: string, fill: string, extra = ""): string => `<path d="${d}" fill="${fill}"${extra}/>`;
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = ""): string =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round"${extra}/>`;

/** Upside-down copy about the waterline, for reflections. */
const mirror = (content: string, axisY: number, opacity: number): string =>
  `<g transform="matrix(1 0 0 -1 0 ${n(2 * axisY)})" opacity="${opacity}">${content}</g>`;

/* ------------------------------------------------------------------ terrain functions */

type Fn = (x: number) => number;

/** Smooth pseudo-noise in [-1, 1] from a few sines; period is in pixels. */
function waves(rng: Rng, period: number, octaves = 3): Fn {
  const parts = Array.from({ length: octaves }, (_, i) => ({
    k: ((Math.PI * 2) / period) * Math.pow(2.2, i) * between(rng, 0.8, 1.2),
    p: rng() * Math.PI * 2,
    a: Math.pow(0.5, i),
  }));
  const total = parts.reduce((acc, c) => acc + c.a, 0);
  return (x) => parts.reduce((acc, c) => acc + c.a * Math.sin(c.k * x + c.p), 0) / total;
}

function trace(fn: Fn, x0: number, x1: number, step = 8): string {
  let d = "";
  for (let x = x0; ; x += step) {
    const xx = Math.min(x, x1);
    d += `${d ? "L" : "M"}${n(xx)} ${n(fn(xx))}`;
    if (xx >= x1) break;
  }
  return d;
}

/** Closed shape from a skyline function down to the bottom edge. */
const below = (s: Scene, fn: Fn, bottom = s.h + 10): string =>
  `${trace(fn, -20, s.w + 20)}L${s.w + 20} ${n(bottom)}L-20 ${n(bottom)}Z`;

function minOf(fn: Fn, x0: number, x1: number): number {
  let m = Infinity;
  for (let x = x0; x <= x1; x += 10) m = Math.min(m, fn(x));
  return m;
}

interface Peak {
  readonly x: number;
  readonly h: number;
  readonly k: number;
}

/** Ridge line made of blunted cones: reads as a mountain range in flat illustration. */
function mountainRange(rng: Rng, w: number, base: number, count: number, hMin: number, hMax: number, steep: number) {
  const peaks: Peak[] = Array.from({ length: count }, (_, i) => ({
    x: ((i + between(rng, 0.15, 0.85)) * (w + 200)) / count - 100,
    h: between(rng, hMin, hMax),
    k: steep * between(rng, 0.7, 1.35),
  }));
  const rough = waves(rng, 110, 3);
  const fn: Fn = (x) => {
    let top = 0;
    for (const p of peaks) top = Math.max(top, p.h - p.k * Math.sqrt((x - p.x) ** 2 + 400));
    return base - top + rough(x) * 5;
  };
  return { fn, peaks };
}

/** Karst towers: steep sides with rounded crowns, like Tràng An or Hạ Long. */
function karstRange(rng: Rng, w: number, base: number, count: number, hMin: number, hMax: number, wMin: number, wMax: number): Fn {
  const towers = Array.from({ length: count }, () => ({
    x: between(rng, -80, w + 80),
    h: between(rng, hMin, hMax),
    half: between(rng, wMin, wMax),
    tilt: between(rng, -0.25, 0.25),
  }));
  const rough = waves(rng, 60, 2);
  return (x) => {
    let top = 0;
    for (const t of towers) {
      const u = (x - t.x) / t.half;
      if (Math.abs(u) < 1) top = Math.max(top, t.h * Math.pow(1 - u * u, 0.32) * (1 + t.tilt * u));
    }
    return base - top + (top > 0 ? rough(x) * 6 : 0);
  };
}

/* ------------------------------------------------------------------ sky */

function drawSky(s: Scene, horizon: number): void {
  const [top, mid, bottom] = s.light.sky;
  s.body.push(rect(0, 0, s.w, horizon + 40, vgrad(s, 0, horizon, [[0, top], [0.6, mid], [1, bottom]])));
}

function drawSun(s: Scene, x: number, y: number, r: number, glowScale = 7): void {
  const { sun, glow } = s.light;
  s.body.push(
    circle(x, y, r * glowScale, rgrad(s, x, y, r * glowScale, [[0, glow, 0.8], [0.25, glow, 0.35], [1, glow, 0]])),
    circle(x, y, r * 1.5, sun, ` opacity="0.25"`),
    circle(x, y, r, sun),
  );
}

function drawMoon(s: Scene, x: number, y: number, r: number): void {
  s.body.push(
    circle(x, y, r * 5, rgrad(s, x, y, r * 5, [[0, "#fff6dc", 0.35], [1, "#fff6dc", 0]])),
    circle(x, y, r, "#fbf3d8"),
    circle(x - r * 0.3, y - r * 0.2, r * 0.18, "#ece1bd", ` opacity="0.6"`),
    circle(x + r * 0.25, y + r * 0.3, r * 0.12, "#ece1bd", ` opacity="0.6"`),
  );
}

function drawStars(s: Scene, count: number, maxY: number): void {
  let out = "";
  for (let i = 0; i < count; i++) {
    const y = s.rng() ** 1.6 * maxY;
    out += circle(s.rng() * s.w, y, between(s.rng, 0.8, 2.2), "#ffffff", ` opacity="${n(between(s.rng, 0.3, 0.9) * (1 - y / maxY))}"`);
  }
  s.body.push(out);
}

/** Flat cloud: puffs over a rounded bar, with a soft underside tone. */
function cloud(s: Scene, x: number, y: number, w: number, opacity = 0.92): string {
  const { rng } = s;
  const puffs = 3 + Math.floor(rng() * 3);
  let shape = `<rect x="${n(x)}" y="${n(y - w * 0.14)}" width="${n(w)}" height="${n(w * 0.14)}" rx="${n(w * 0.07)}"/>`;
  for (let i = 0; i < puffs; i++) {
    const cx = x + w * (0.22 + (0.56 * i) / Math.max(1, puffs - 1)) + between(rng, -w, w) * 0.04;
    const middle = 1 - Math.abs(i - (puffs - 1) / 2) / puffs;
    const r = w * between(rng, 0.09, 0.13) * (0.75 + middle);
    shape += `<circle cx="${n(cx)}" cy="${n(y - r)}" r="${n(r)}"/>`;
  }
  const under = mix(s.light.cloud, s.light.sky[1], 0.45);
  return (
    `<g opacity="${opacity}"><g fill="${under}" transform="translate(${n(w * 0.025)} ${n(w * 0.02)})">${shape}</g>` +
    `<g fill="${s.light.cloud}">${shape}</g></g>`
  );
}

function drawClouds(s: Scene, count: number, yMin: number, yMax: number, wMin = 160, wMax = 340): void {
  let out = "";
  for (let i = 0; i < count; i++) {
    const w = between(s.rng, wMin, wMax);
    const x = ((i + between(s.rng, 0, 0.7)) * s.w) / count - w * 0.3;
    out += cloud(s, x, between(s.rng, yMin, yMax), w, between(s.rng, 0.75, 0.95));
  }
  s.body.push(out);
}

function birds(s: Scene, x: number, y: number, count: number, size: number, color: string): string {
  let d = "";
  for (let i = 0; i < count; i++) {
    const bx = x + between(s.rng, -1, 1) * size * 6;
    const by = y + between(s.rng, -1, 1) * size * 3;
    const a = size * between(s.rng, 0.7, 1.2);
    d += `M${n(bx - a)} ${n(by)}Q${n(bx - a / 2)} ${n(by - a * 0.6)} ${n(bx)} ${n(by)}Q${n(bx + a / 2)} ${n(by - a * 0.6)} ${n(bx + a)} ${n(by)}`;
  }
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${n(Math.max(1.5, size * 0.22))}" stroke-linecap="round"/>`;
}

function vignette(s: Scene, strength = 0.28): void {
  const id = `g${s.serial++}`;
  s.defs.push(
    `<radialGradient id="${id}" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#101820" stop-opacity="${strength}"/></radialGradient>`,
  );
  s.body.push(rect(0, 0, s.w, s.h, `url(#${id})`));
}

/** Horizontal band of haze, used to separate mountain layers. */
function mist(s: Scene, y: number, height: number, opacity: number, color = s.light.haze): void {
  s.body.push(rect(-10, y - height / 2, s.w + 20, height, vgrad(s, y - height / 2, y + height / 2, [[0, color, 0], [0.5, color, opacity], [1, color, 0]])));
}

/* ------------------------------------------------------------------ land */

/** A filled hill layer with a top-to-bottom ramp. */
function hillLayer(s: Scene, fn: Fn, color: string, bottom = s.h + 10, darkenBy = 0.18): void {
  const top = minOf(fn, -20, s.w + 20);
  s.body.push(path(below(s, fn, bottom), vgrad(s, top, bottom, [[0, lighten(color, 0.06)], [1, darken(color, darkenBy)]])));
}

function mountainLayer(s: Scene, rng: Rng, base: number, count: number, hMin: number, hMax: number, steep: number, color: string): Fn {
  const { fn, peaks } = mountainRange(rng, s.w, base, count, hMin, hMax, steep);
  hillLayer(s, fn, color, base + 200, 0.05);
  // Shadowed flank on each peak gives the flat shapes some volume.
  const clip = clipPath(s, below(s, fn, base + 200));
  let shade = "";
  for (const p of peaks) {
    const py = base - p.h + p.k * 20;
    const run = p.h / p.k;
    const ext = (base + 200 - py) / Math.max(1, base + 40 - py);
    shade += poly([
      [p.x, py],
      [p.x + run * 1.3 * ext, base + 200],
      [p.x + run * 0.15 * ext, base + 200],
    ]);
  }
  s.body.push(`<g clip-path="${clip}">${path(shade, darken(color, 0.35), ` opacity="0.28"`)}</g>`);
  return fn;
}

/** Sky-coloured water with ripple dashes that widen towards the viewer. */
function drawWater(s: Scene, top: number, bottom = s.h, ripples = 70): void {
  const [near, deep] = s.light.water;
  s.body.push(rect(-10, top, s.w + 20, bottom - top + 10, vgrad(s, top, bottom, [[0, mix(s.light.sky[2], near, 0.5)], [0.35, near], [1, deep]])));
  let out = "";
  for (let i = 0; i < ripples; i++) {
    const t = s.rng() ** 1.4;
    const y = top + (bottom - top) * t;
    const w = between(s.rng, 20, 90) * (0.3 + 2.2 * t);
    out += rect(s.rng() * s.w - w / 2, y, w, 1.5 + 3 * t, "#ffffff", ` rx="2" opacity="${n(between(s.rng, 0.12, 0.3))}"`);
  }
  s.body.push(out);
}

/** Glittering column under the sun. */
function sunGlitter(s: Scene, x: number, top: number, bottom: number, width: number): void {
  let out = "";
  for (let y = top + 3; y < bottom; y += between(s.rng, 6, 14) * (1 + (y - top) / 200)) {
    const t = (y - top) / (bottom - top);
    const w = width * between(s.rng, 0.3, 1) * (0.4 + t);
    out += rect(x - w / 2 + between(s.rng, -1, 1) * width * 0.2, y, w, 2 + 3 * t, s.light.sun, ` rx="2" opacity="${n(0.75 * (1 - t * 0.7))}"`);
  }
  s.body.push(out);
}

/** Perspective rice paddies: plots between lines converging on a vanishing point. */
function paddies(s: Scene, top: number, vx: number, palette: readonly string[], flooded = 0): void {
  const { rng, w, h } = s;
  const vy = top - (h - top) * 0.06;
  const xAt = (xb: number, y: number): number => vx + ((xb - vx) * (y - vy)) / (h - vy);
  const bands = 11;
  const ys = Array.from({ length: bands + 1 }, (_, k) => top + (h - top) * Math.pow(k / bands, 1.65));
  const dike = far(s, "#c2b98a", 0);
  let cells = "";
  let dikes = "";
  for (let b = 0; b < bands; b++) {
    const y0 = ys[b] ?? top;
    const y1 = ys[b + 1] ?? h;
    const t = (y1 - top) / (h - top);
    // Each band gets its own plot boundaries so the dikes are staggered like real fields.
    let xa = vx - w * 4 + rng() * 300;
    while (xa < vx + w * 4) {
      const xb = xa + between(rng, 160, 520);
      const visible = Math.min(xAt(xa, y0), xAt(xa, y1)) < w + 10 && Math.max(xAt(xb, y0), xAt(xb, y1)) > -10;
      if (visible) {
        const wet = chance(rng, flooded);
        const base = wet ? mix(s.light.water[0], pick(rng, palette), 0.3) : pick(rng, palette);
        const col = lit(s, vary(rng, base, 0.07));
        const quad = poly([
          [xAt(xa, y0), y0],
          [xAt(xb, y0), y0],
          [xAt(xb, y1), y1],
          [xAt(xa, y1), y1],
        ]);
        cells += path(quad, bgrad(s, [[0, lighten(col, wet ? 0.2 : 0.06)], [1, darken(col, 0.06)]]));
        const dw = 2 + 3 * t;
        dikes += poly([
          [xAt(xa - dw, y0), y0],
          [xAt(xa + dw, y0), y0],
          [xAt(xa + dw, y1), y1],
          [xAt(xa - dw, y1), y1],
        ]);
      }
      xa = xb;
    }
    dikes += `M-10 ${n(y1 - 1 - 4 * t)}H${w + 10}V${n(y1 + 1 + 4 * t)}H-10Z`;
  }
  s.body.push(cells);
  // Rows of rice: thin converging strokes.
  let rows = "";
  for (let xb = vx - w * 2.5; xb < vx + w * 2.5; xb += 15) {
    const xt = xAt(xb, top);
    if ((xb < -20 && xt < -20) || (xb > w + 20 && xt > w + 20)) continue;
    rows += `M${n(xt)} ${n(top)}L${n(xb)} ${n(h)}`;
  }
  s.body.push(`<path d="${rows}" stroke="#2f4a1a" stroke-width="1.3" opacity="0.12" fill="none"/>`);
  s.body.push(path(dikes, dike, ` opacity="0.85"`));
  // Fade into haze at the horizon.
  s.body.push(rect(-10, top, w + 20, (h - top) * 0.35, vgrad(s, top, top + (h - top) * 0.35, [[0, s.light.haze, 0.7], [1, s.light.haze, 0]])));
}

/**
 * A terraced hill seen from across the valley: nested arcs (contours) that widen downhill.
 * Each step shows a dark earth riser and a lighter paddy with a bright wet lip.
 */
function terracedHill(s: Scene, cx: number, top: number, half: number, bottom: number, bands: number, palette: readonly string[], depth: number): Fn[] {
  const { rng } = s;
  const wob = waves(rng, 420, 2);
  const lean = between(rng, -0.25, 0.25);
  const contour = (k: number): Fn => {
    const t = k / bands;
    const y0 = top + (bottom - top) * Math.pow(t, 1.15);
    const hw = half * (0.55 + 1.3 * t);
    const drop = (bottom - top) * 0.42;
    return (x) => {
      const u = (x - cx) / hw;
      return y0 + drop * u * u * (1 + lean * clamp(u, -1, 1)) + wob(x + k * 35) * (4 + 14 * t);
    };
  };
  const fns: Fn[] = [];
  const riser = far(s, "#6d7a3a", depth);
  for (let k = 0; k <= bands; k++) {
    const t = k / bands;
    const fn = contour(k);
    fns.push(fn);
    const lip = 2 + 7 * t;
    const col = far(s, vary(rng, pick(rng, palette), 0.05), depth);
    const yTop = minOf(fn, -20, s.w + 20);
    s.body.push(
      path(below(s, fn), darken(riser, 0.05 + rng() * 0.1)),
      path(below(s, (x) => fn(x) + lip), vgrad(s, yTop, yTop + 30 + 120 * t, [[0, lighten(col, 0.14)], [1, darken(col, 0.06)]])),
      `<path d="${trace((x) => fn(x) + lip, -20, s.w + 20)}" fill="none" stroke="${lighten(col, 0.5)}" stroke-width="${n(1 + 2 * t)}" opacity="0.75"/>`,
    );
  }
  return fns;
}

/* ------------------------------------------------------------------ vegetation */

function roundTree(s: Scene, x: number, y: number, size: number, green: string, trunk = "#6b4a32"): string {
  const { rng } = s;
  const light = lighten(green, 0.18);
  const dark = darken(green, 0.18);
  const r = size * 0.42;
  const cy = y - size * 0.85;
  return (
    rect(x - size * 0.05, y - size * 0.55, size * 0.1, size * 0.55, trunk) +
    circle(x - r * 0.62, cy + r * 0.35, r * 0.72, dark) +
    circle(x + r * 0.62, cy + r * 0.3, r * 0.75, dark) +
    circle(x, cy, r, green) +
    circle(x - r * 0.25 + between(rng, -3, 3), cy - r * 0.3, r * 0.5, light, ` opacity="0.7"`)
  );
}

/** Tall narrow tree (cypress / areca feel) for skylines. */
function tallTree(x: number, y: number, h: number, green: string): string {
  const w = h * 0.16;
  return (
    path(`M${n(x)} ${n(y - h)}C${n(x + w)} ${n(y - h * 0.7)} ${n(x + w)} ${n(y - h * 0.2)} ${n(x)} ${n(y)}C${n(x - w)} ${n(y - h * 0.2)} ${n(x - w)} ${n(y - h * 0.7)} ${n(x)} ${n(y - h)}Z`, green) +
    path(`M${n(x)} ${n(y - h)}C${n(x + w)} ${n(y - h * 0.7)} ${n(x + w)} ${n(y - h * 0.2)} ${n(x)} ${n(y)}Z`, darken(green, 0.15))
  );
}

/** Coconut palm: curved trunk and drooping fronds. */
function palm(s: Scene, x: number, y: number, h: number, lean: number, green: string, trunk = "#7a5b3a"): string {
  const { rng } = s;
  const tx = x + lean;
  const ty = y - h;
  const wb = h * 0.022;
  const wt = h * 0.013;
  const mx = x + lean * 0.15;
  const my = y - h * 0.55;
  let out = path(
    `M${n(x - wb)} ${n(y)}Q${n(mx - (wb + wt) / 2)} ${n(my)} ${n(tx - wt)} ${n(ty)}L${n(tx + wt)} ${n(ty)}Q${n(mx + (wb + wt) / 2)} ${n(my)} ${n(x + wb)} ${n(y)}Z`,
    bgrad(s, [[0, lighten(trunk, 0.12)], [0.6, trunk], [1, darken(trunk, 0.2)]], 0, 0, 1, 0),
  );
  const fronds = 9;
  for (let i = 0; i < fronds; i++) {
    const a = Math.PI + (Math.PI * i) / (fronds - 1) + between(rng, -0.12, 0.12);
    const len = h * between(rng, 0.32, 0.42);
    const ex = tx + Math.cos(a) * len;
    const ey = ty + Math.sin(a) * len * 0.55 + len * 0.45; // gravity pulls the tips down
    const mx = tx + Math.cos(a) * len * 0.55;
    const my = ty + Math.sin(a) * len * 0.6 - len * 0.08;
    const wdt = len * 0.11;
    const col = i % 2 ? green : darken(green, 0.14);
    out += path(`M${n(tx)} ${n(ty)}Q${n(mx)} ${n(my - wdt)} ${n(ex)} ${n(ey)}Q${n(mx)} ${n(my + wdt)} ${n(tx)} ${n(ty)}Z`, col);
  }
  out += circle(tx - h * 0.015, ty + h * 0.02, h * 0.022, "#5a6b2a") + circle(tx + h * 0.02, ty + h * 0.025, h * 0.02, "#6b7a30");
  return out;
}

/** Bamboo clump (lũy tre): arching culms with drooping leaf sprays over a dark crown. */
function bamboo(s: Scene, x: number, y: number, h: number, w: number, green: string): string {
  const { rng } = s;
  const culms = clamp(Math.round(8 + w / 30), 8, 18);
  const shades = [darken(green, 0.22), green, lighten(green, 0.16)] as const;
  const leaves = ["", "", ""];
  let mass = "";
  let stalks = "";
  const size = h * 0.055;
  for (let i = 0; i < culms; i++) {
    const u = culms === 1 ? 0 : (i / (culms - 1)) * 2 - 1;
    const bx = x + u * w * 0.16 + between(rng, -3, 3);
    const ch = h * between(rng, 0.72, 1) * (1 - 0.22 * Math.abs(u));
    const spread = u * w * 0.45 + between(rng, -0.08, 0.08) * w;
    const p0: Pt = [bx, y];
    const c: Pt = [bx + spread * 0.1, y - ch * 0.8];
    const p1: Pt = [bx + spread, y - ch + Math.abs(spread) * 0.15];
    const at = (t: number): Pt => [
      (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t * t * p1[0],
      (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t * t * p1[1],
    ];
    stalks += `M${n(p0[0])} ${n(p0[1])}Q${n(c[0])} ${n(c[1])} ${n(p1[0])} ${n(p1[1])}`;
    for (let t = 0.5; t < 0.98; t += 0.15) {
      const [mx, my] = at(t);
      mass += ellipse(mx, my, size * 1.6, size * 1.1, shades[0]);
    }
    for (let t = 0.32; t <= 1.001; t += 0.07) {
      const [px, py] = at(t);
      const sprays = 2 + Math.floor(rng() * 3);
      for (let k = 0; k < sprays; k++) {
        const side = chance(rng, 0.5 + u * 0.3) ? 1 : -1;
        const theta = side > 0 ? between(rng, 0.15, 1.1) : Math.PI - between(rng, 0.15, 1.1);
        const len = size * between(rng, 0.7, 1.25);
        const dx = Math.cos(theta);
        const dy = Math.sin(theta);
        const wd = len * 0.2;
        const ex = px + dx * len;
        const ey = py + dy * len;
        const mx = px + (dx * len) / 2;
        const my = py + (dy * len) / 2;
        const leaf = `M${n(px)} ${n(py)}Q${n(mx - dy * wd)} ${n(my + dx * wd)} ${n(ex)} ${n(ey)}Q${n(mx + dy * wd)} ${n(my - dx * wd)} ${n(px)} ${n(py)}Z`;
        const bucket = Math.floor(rng() * 3);
        leaves[bucket] += leaf;
      }
    }
  }
  return (
    mass +
    `<path d="${stalks}" fill="none" stroke="${mix(green, "#c9c27a", 0.4)}" stroke-width="${n(Math.max(1.2, h * 0.008))}"/>` +
    leaves.map((d, i) => path(d, shades[i] ?? green)).join("")
  );
}

/** Flame tree (phượng vĩ), the schoolyard tree of Vietnamese summers. */
function flameTree(s: Scene, x: number, y: number, size: number): string {
  const { rng } = s;
  let out = `<path d="M${n(x - size * 0.05)} ${n(y)}L${n(x - size * 0.03)} ${n(y - size * 0.5)}L${n(x - size * 0.3)} ${n(y - size * 0.72)}M${n(x - size * 0.03)} ${n(y - size * 0.5)}L${n(x + size * 0.25)} ${n(y - size * 0.75)}" stroke="#5b4030" stroke-width="${n(size * 0.06)}" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`;
  out += ellipse(x, y - size * 0.78, size * 0.62, size * 0.26, "#3f7d3a");
  out += ellipse(x - size * 0.25, y - size * 0.9, size * 0.35, size * 0.18, "#4a8c40");
  out += ellipse(x + size * 0.28, y - size * 0.88, size * 0.33, size * 0.17, "#4a8c40");
  for (let i = 0; i < 45; i++) {
    const a = rng() * Math.PI * 2;
    const r = Math.sqrt(rng());
    out += circle(x + Math.cos(a) * r * size * 0.58, y - size * 0.84 + Math.sin(a) * r * size * 0.24, size * between(rng, 0.03, 0.06), pick(rng, ["#e5392f", "#f04e2a", "#d62d2d", "#ff6a3d"]));
  }
  return out;
}

function shrub(x: number, y: number, w: number, green: string): string {
  return (
    ellipse(x, y - w * 0.18, w * 0.5, w * 0.25, darken(green, 0.1)) +
    ellipse(x - w * 0.15, y - w * 0.26, w * 0.28, w * 0.2, green) +
    ellipse(x + w * 0.18, y - w * 0.24, w * 0.25, w * 0.18, lighten(green, 0.1))
  );
}

function flowerBed(s: Scene, x: number, y: number, w: number, colors: readonly string[]): string {
  let out = ellipse(x + w / 2, y, w / 2, w * 0.08, "#4f8a3c");
  for (let i = 0; i < w / 9; i++) {
    out += circle(x + s.rng() * w, y - w * 0.04 + between(s.rng, -1, 1) * w * 0.04, 4, pick(s.rng, colors));
  }
  return out;
}

/** Tree line on a distant ridge: a bumpy band of foliage. */
function treeLine(s: Scene, fn: Fn, color: string, height: number): void {
  const { rng } = s;
  let d = "";
  for (let x = -40; x < s.w + 40; x += between(rng, 18, 40)) {
    const r = height * between(rng, 0.4, 1);
    d += `M${n(x - r)} ${n(fn(x) + 2)}A${n(r)} ${n(r)} 0 0 1 ${n(x + r)} ${n(fn(x) + 2)}Z`;
  }
  s.body.push(path(d, color));
}

/* ------------------------------------------------------------------ buildings */

/** Village house: pale walls under a big terracotta roof. */
function house(s: Scene, x: number, y: number, w: number, wall = "#efe2c4", roof = "#b4533a"): string {
  const { rng } = s;
  const hWall = w * 0.34;
  const hRoof = w * 0.3;
  const roofC = vary(rng, roof, 0.08);
  return (
    rect(x, y - hWall, w, hWall, wall) +
    rect(x, y - hWall, w, hWall * 0.18, darken(wall, 0.2), ` opacity="0.5"`) +
    rect(x + w * 0.42, y - hWall * 0.7, w * 0.16, hWall * 0.7, "#6b4a34") +
    rect(x + w * 0.12, y - hWall * 0.68, w * 0.16, hWall * 0.32, "#5b7083") +
    rect(x + w * 0.72, y - hWall * 0.68, w * 0.16, hWall * 0.32, "#5b7083") +
    path(
      `M${n(x - w * 0.1)} ${n(y - hWall + 2)}Q${n(x - w * 0.04)} ${n(y - hWall - hRoof * 0.15)} ${n(x + w * 0.14)} ${n(y - hWall - hRoof)}L${n(x + w * 0.86)} ${n(y - hWall - hRoof)}Q${n(x + w * 1.04)} ${n(y - hWall - hRoof * 0.15)} ${n(x + w * 1.1)} ${n(y - hWall + 2)}Z`,
      bgrad(s, [[0, lighten(roofC, 0.1)], [1, darken(roofC, 0.15)]]),
    ) +
    rect(x + w * 0.12, y - hWall - hRoof - 3, w * 0.76, 5, darken(roofC, 0.25))
  );
}

/** Tiered pagoda tower with upturned eaves. */
function pagoda(x: number, y: number, w: number, tiers: number, body: string, roof: string): string {
  let out = "";
  let cy = y;
  for (let t = 0; t < tiers; t++) {
    const bw = w * (1 - t * 0.11) * 0.62;
    const bh = w * (t === 0 ? 0.42 : 0.26);
    out += rect(x - bw / 2, cy - bh, bw, bh, body);
    const rw = bw * 0.9;
    const rh = w * 0.11;
    const yb = cy - bh;
    out += path(
      `M${n(x - rw)} ${n(yb - rh * 0.7)}Q${n(x - rw * 0.85)} ${n(yb + rh * 0.1)} ${n(x - rw * 0.6)} ${n(yb)}L${n(x + rw * 0.6)} ${n(yb)}Q${n(x + rw * 0.85)} ${n(yb + rh * 0.1)} ${n(x + rw)} ${n(yb - rh * 0.7)}L${n(x + rw * 0.5)} ${n(yb - rh)}L${n(x - rw * 0.5)} ${n(yb - rh)}Z`,
      roof,
    );
    cy = yb - rh;
  }
  out += rect(x - w * 0.02, cy - w * 0.3, w * 0.04, w * 0.3, roof) + circle(x, cy - w * 0.3, w * 0.035, roof);
  return out;
}

/** Temple / communal-house (đình) roof silhouette with curled ridge ends. */
function templeHall(x: number, y: number, w: number, wall: string, roof: string): string {
  const h = w * 0.28;
  const r = w * 0.32;
  return (
    rect(x + w * 0.1, y - h, w * 0.8, h, wall) +
    path(
      `M${n(x - w * 0.06)} ${n(y - h * 0.95)}Q${n(x)} ${n(y - h - r * 0.05)} ${n(x + w * 0.16)} ${n(y - h - r * 0.95)}L${n(x + w * 0.84)} ${n(y - h - r * 0.95)}Q${n(x + w)} ${n(y - h - r * 0.05)} ${n(x + w * 1.06)} ${n(y - h * 0.95)}Z`,
      roof,
    ) +
    path(
      `M${n(x + w * 0.1)} ${n(y - h - r)}Q${n(x + w * 0.1)} ${n(y - h - r * 1.35)} ${n(x + w * 0.05)} ${n(y - h - r * 1.4)}L${n(x + w * 0.2)} ${n(y - h - r * 1.05)}L${n(x + w * 0.8)} ${n(y - h - r * 1.05)}L${n(x + w * 0.95)} ${n(y - h - r * 1.4)}Q${n(x + w * 0.9)} ${n(y - h - r * 1.35)} ${n(x + w * 0.9)} ${n(y - h - r)}Z`,
      roof,
    )
  );
}

function starPath(cx: number, cy: number, r: number): string {
  const pts: Pt[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.382 : r;
    pts.push([cx + Math.cos(a) * rr, cy + Math.sin(a) * rr]);
  }
  return poly(pts);
}

/** National flag on a pole, gently waving. */
function flagPole(x: number, y: number, poleH: number, fw: number): string {
  const fh = fw * (2 / 3);
  const top = y - poleH;
  return (
    line(x, y, x, top - 6, "#d9dde2", Math.max(3, poleH * 0.012)) +
    circle(x, top - 8, Math.max(3, poleH * 0.015), "#e8c34a") +
    path(
      `M${n(x)} ${n(top)}Q${n(x + fw * 0.5)} ${n(top - fh * 0.12)} ${n(x + fw)} ${n(top + fh * 0.05)}L${n(x + fw)} ${n(top + fh * 1.05)}Q${n(x + fw * 0.5)} ${n(top + fh * 0.88)} ${n(x)} ${n(top + fh)}Z`,
      "#da251d",
    ) +
    path(starPath(x + fw * 0.5, top + fh * 0.47, fh * 0.3), "#ffde00")
  );
}

/** Yellow civic building with a columned portico (UBND / hội trường style). */
function civicBuilding(s: Scene, cx: number, gy: number, W: number, wallColor: string): string {
  const wall = lit(s, wallColor);
  const wallDark = darken(wall, 0.12);
  const trim = lit(s, "#fbf5e6");
  const roof = lit(s, "#b4493a");
  const glass = lit(s, "#5d7e99");
  const H = W * 0.26;
  let out = "";
  // wings
  out += rect(cx - W / 2, gy - H, W, H, wall);
  out += path(poly([[cx - W / 2 - 14, gy - H], [cx + W / 2 + 14, gy - H], [cx + W / 2 - 30, gy - H - W * 0.06], [cx - W / 2 + 30, gy - H - W * 0.06]]), roof);
  out += rect(cx - W / 2 - 8, gy - H - 4, W + 16, 10, trim);
  for (let f = 0; f < 2; f++) {
    const fy = gy - H + 26 + f * (H * 0.46);
    out += rect(cx - W / 2, fy + H * 0.36, W, 5, trim, ` opacity="0.8"`);
    for (let wx = cx - W / 2 + 30; wx < cx + W / 2 - 50; wx += 62) {
      if (Math.abs(wx + 17 - cx) < W * 0.2) continue;
      out += rect(wx - 3, fy - 3, 40, H * 0.3 + 6, trim) + rect(wx, fy, 34, H * 0.3, glass) + rect(wx + 15.5, fy, 3, H * 0.3, trim, ` opacity="0.7"`);
    }
  }
  // central block with portico
  const Wc = W * 0.36;
  const Hc = H * 1.32;
  out += rect(cx - Wc / 2, gy - Hc, Wc, Hc, wallDark);
  out += path(poly([[cx - Wc / 2 - 16, gy - Hc], [cx + Wc / 2 + 16, gy - Hc], [cx, gy - Hc - Wc * 0.24]]), trim);
  out += path(poly([[cx - Wc / 2 + 8, gy - Hc - 6], [cx + Wc / 2 - 8, gy - Hc - 6], [cx, gy - Hc - Wc * 0.2]]), wall);
  out += circle(cx, gy - Hc - Wc * 0.085, Wc * 0.05, "#da251d") + path(starPath(cx, gy - Hc - Wc * 0.085, Wc * 0.03), "#ffde00");
  out += rect(cx - Wc / 2 - 10, gy - Hc, Wc + 20, 16, trim);
  out += rect(cx - Wc / 2 + 6, gy - Hc + 22, Wc - 12, 26, "#c62a22") + rect(cx - Wc / 2 + 6, gy - Hc + 22, Wc - 12, 3, "#f1c232") + rect(cx - Wc / 2 + 6, gy - Hc + 45, Wc - 12, 3, "#f1c232");
  out += rect(cx - Wc * 0.38, gy - Hc * 0.6, Wc * 0.76, Hc * 0.6, darken(wall, 0.3));
  out += rect(cx - Wc * 0.12, gy - Hc * 0.48, Wc * 0.24, Hc * 0.48, darken(glass, 0.2));
  const cols = 6;
  for (let i = 0; i < cols; i++) {
    const x = cx - Wc / 2 + 14 + (i * (Wc - 46)) / (cols - 1);
    out += rect(x, gy - Hc + 48, 18, Hc - 48, trim) + rect(x + 12, gy - Hc + 48, 6, Hc - 48, darken(trim, 0.12));
  }
  // steps and plinth
  out += rect(cx - W / 2 - 10, gy - 12, W + 20, 14, lit(s, "#d8d3c8"));
  for (let k = 0; k < 4; k++) {
    out += rect(cx - Wc / 2 - 10 - k * 14, gy - 4 + k * 9, Wc + 20 + k * 28, 9, k % 2 ? lit(s, "#e2ded4") : lit(s, "#cfc9bd"));
  }
  const ridge = gy - Hc - Wc * 0.24;
  // Keep the whole flag inside the frame whatever the building width.
  out += flagPole(cx, ridge, Math.min(W * 0.16, ridge - 20), W * 0.1);
  return out;
}

/** Two-storey school with open corridors and railings. */
function schoolBuilding(s: Scene, cx: number, gy: number, W: number, wallColor: string): string {
  const wall = lit(s, wallColor);
  const trim = lit(s, "#fffaf0");
  const roof = lit(s, "#c0563d");
  const door = lit(s, "#4d86b8");
  const fh = W * 0.12;
  let out = "";
  out += rect(cx - W / 2, gy - fh * 2, W, fh * 2, wall);
  for (let f = 0; f < 2; f++) {
    const fy = gy - fh * (f + 1);
    // recessed corridor wall
    out += rect(cx - W / 2, fy + fh * 0.12, W, fh * 0.88, darken(wall, 0.14));
    for (let x = cx - W / 2 + 30; x < cx + W / 2 - 40; x += 78) {
      if (Math.abs(x + 20 - cx) < W * 0.09) continue;
      out += rect(x, fy + fh * 0.3, 24, fh * 0.7, door) + rect(x + 36, fy + fh * 0.32, 30, fh * 0.34, lighten(door, 0.25));
    }
    // pillars
    for (let x = cx - W / 2; x <= cx + W / 2 + 1; x += W / 10) out += rect(x - 6, fy + fh * 0.1, 12, fh * 0.9, trim);
    out += rect(cx - W / 2 - 6, fy, W + 12, fh * 0.12, trim);
    if (f === 1) {
      out += rect(cx - W / 2, fy + fh - 26, W, 4, trim);
      for (let x = cx - W / 2 + 8; x < cx + W / 2; x += 14) out += rect(x, fy + fh - 24, 3, 24, trim, ` opacity="0.9"`);
    }
  }
  out += path(poly([[cx - W / 2 - 24, gy - fh * 2], [cx + W / 2 + 24, gy - fh * 2], [cx + W / 2 - 10, gy - fh * 2 - W * 0.055], [cx - W / 2 + 10, gy - fh * 2 - W * 0.055]]), roof);
  // stair tower
  const tw = W * 0.16;
  const th = fh * 2.5;
  out += rect(cx - tw / 2, gy - th, tw, th, lighten(wall, 0.05));
  out += path(poly([[cx - tw / 2 - 14, gy - th], [cx + tw / 2 + 14, gy - th], [cx, gy - th - tw * 0.4]]), roof);
  out += circle(cx, gy - th + tw * 0.28, tw * 0.14, trim) + circle(cx, gy - th + tw * 0.28, tw * 0.11, "#da251d") + path(starPath(cx, gy - th + tw * 0.28, tw * 0.07), "#ffde00");
  out += rect(cx - tw * 0.3, gy - fh * 1.1, tw * 0.6, fh * 1.1, darken(wall, 0.3));
  for (let k = 0; k < 5; k++) out += rect(cx - tw * 0.3, gy - fh * 1.1 + k * fh * 0.22, tw * 0.6, 4, trim, ` opacity="0.6"`);
  return out;
}

/** Commune health station: white and mint, green cross sign. */
interface ClinicPalette {
  readonly wall: string;
  readonly band: string;
  readonly roof: string;
}

const CLINIC_PALETTES: readonly ClinicPalette[] = [
  { wall: "#f7f8f4", band: "#5cb8a4", roof: "#2f7f8c" },
  { wall: "#f6efd9", band: "#58a6c9", roof: "#b4533a" },
  { wall: "#eef5f7", band: "#6cc0a0", roof: "#3b6f9e" },
  { wall: "#f8f1e4", band: "#4fae8c", roof: "#8a4a3a" },
];

function clinicBuilding(s: Scene, cx: number, gy: number, W: number, palette: ClinicPalette): string {
  const wall = lit(s, palette.wall);
  const band = lit(s, palette.band);
  const roof = lit(s, palette.roof);
  const glass = lit(s, "#8ec3dc");
  const fh = W * 0.15;
  let out = rect(cx - W / 2, gy - fh * 2, W, fh * 2, wall);
  out += rect(cx - W / 2, gy - fh * 2, W * 0.06, fh * 2, darken(wall, 0.06));
  out += rect(cx + W / 2 - W * 0.06, gy - fh * 2, W * 0.06, fh * 2, darken(wall, 0.06));
  out += rect(cx - W / 2, gy - fh - 8, W, 12, band);
  for (let f = 0; f < 2; f++) {
    const fy = gy - fh * (f + 1) + fh * 0.25;
    for (let x = cx - W / 2 + W * 0.1; x < cx + W / 2 - W * 0.12; x += W * 0.11) {
      if (f === 0 && Math.abs(x + W * 0.035 - cx) < W * 0.14) continue;
      out += rect(x, fy, W * 0.07, fh * 0.45, glass) + rect(x, fy + fh * 0.45, W * 0.07, 5, darken(wall, 0.15)) + rect(x + W * 0.034, fy, 2.5, fh * 0.45, wall, ` opacity="0.8"`);
    }
  }
  out += path(poly([[cx - W / 2 - 20, gy - fh * 2], [cx + W / 2 + 20, gy - fh * 2], [cx + W / 2 - 10, gy - fh * 2 - 30], [cx - W / 2 + 10, gy - fh * 2 - 30]]), roof);
  // sign with cross
  const sx = cx;
  const sy = gy - fh * 1.45;
  out += rect(sx - W * 0.14, sy - fh * 0.32, W * 0.28, fh * 0.62, band, ` rx="10"`);
  out += circle(sx, sy, fh * 0.24, "#ffffff");
  out += path(poly([[sx - 10, sy - 30], [sx + 10, sy - 30], [sx + 10, sy - 10], [sx + 30, sy - 10], [sx + 30, sy + 10], [sx + 10, sy + 10], [sx + 10, sy + 30], [sx - 10, sy + 30], [sx - 10, sy + 10], [sx - 30, sy + 10], [sx - 30, sy - 10], [sx - 10, sy - 10]]), "#1f9a5b", ` transform="translate(${n(sx)} ${n(sy)}) scale(${n(fh / 110)}) translate(${n(-sx)} ${n(-sy)})"`);
  // canopy over the entrance
  out += rect(cx - W * 0.13, gy - fh * 0.92, W * 0.26, 14, roof);
  out += rect(cx - W * 0.12, gy - fh * 0.92 + 14, 10, fh * 0.92 - 14, wall) + rect(cx + W * 0.12 - 10, gy - fh * 0.92 + 14, 10, fh * 0.92 - 14, wall);
  out += rect(cx - W * 0.07, gy - fh * 0.7, W * 0.14, fh * 0.7, glass) + rect(cx - 1.5, gy - fh * 0.7, 3, fh * 0.7, wall);
  out += rect(cx - W / 2 - 8, gy - 10, W + 16, 12, lit(s, "#cfd3d0"));
  return out;
}

function ambulance(s: Scene, x: number, gy: number, L: number): string {
  const body = lit(s, "#fbfbf8");
  const glass = lit(s, "#7fb2d1");
  const H = L * 0.42;
  const wr = L * 0.09;
  let out = ellipse(x + L * 0.5, gy, L * 0.55, 10, "#000", ` opacity="0.15"`);
  out += path(
    `M${n(x)} ${n(gy - wr * 0.6)}L${n(x)} ${n(gy - H + 10)}Q${n(x)} ${n(gy - H)} ${n(x + 10)} ${n(gy - H)}L${n(x + L * 0.72)} ${n(gy - H)}L${n(x + L * 0.9)} ${n(gy - H * 0.55)}L${n(x + L - 6)} ${n(gy - H * 0.45)}Q${n(x + L)} ${n(gy - H * 0.43)} ${n(x + L)} ${n(gy - H * 0.35)}L${n(x + L)} ${n(gy - wr * 0.6)}Z`,
    body,
  );
  out += path(poly([[x + L * 0.74, gy - H + 8], [x + L * 0.88, gy - H * 0.57], [x + L * 0.74, gy - H * 0.57]]), glass);
  out += rect(x + L * 0.58, gy - H + 8, L * 0.12, H * 0.3, glass, ` rx="3"`);
  out += rect(x, gy - H * 0.42, L, H * 0.08, "#d9342b");
  out += rect(x + L * 0.24, gy - H * 0.82, L * 0.08, L * 0.026, "#1f9a5b") + rect(x + L * 0.24 + L * 0.027, gy - H * 0.82 - L * 0.027, L * 0.026, L * 0.08, "#1f9a5b");
  out += rect(x + L * 0.3, gy - H - 8, L * 0.1, 8, "#2b6fd6", ` rx="2"`) + rect(x + L * 0.4, gy - H - 8, L * 0.1, 8, "#d9342b", ` rx="2"`);
  for (const wx of [x + L * 0.2, x + L * 0.8]) out += circle(wx, gy - wr * 0.6, wr, "#2d2f33") + circle(wx, gy - wr * 0.6, wr * 0.45, "#b8bcc2");
  return out;
}

/* ------------------------------------------------------------------ people & animals */

interface PersonStyle {
  readonly shirt: string;
  readonly pants: string;
  readonly hat?: boolean;
  readonly dress?: boolean;
  readonly bag?: string;
  readonly scarf?: boolean;
  readonly skin?: string;
  readonly hair?: string;
  /** Conical hat colours [lit side, shaded side]; silhouettes pass the body colour. */
  readonly hatColors?: readonly [string, string];
}

/** Simple standing figure; feet at (x, y), total height h. */
function person(x: number, y: number, h: number, st: PersonStyle): string {
  const skin = st.skin ?? "#e8b98f";
  const hair = st.hair ?? "#2a211c";
  const headR = h * 0.085;
  const headY = y - h + headR;
  const shoulder = headY + headR + h * 0.05;
  const hip = y - h * 0.44;
  const bw = h * 0.25;
  const r = bw * 0.3;
  let out = "";
  // Long hair falls behind the shoulders for women in áo dài.
  if (st.dress) out += rect(x - headR * 1.02, headY, headR * 2.04, h * 0.2, hair, ` rx="${n(headR)}"`);
  if (st.bag) out += rect(x - bw * 0.62, shoulder + h * 0.02, bw * 0.5, h * 0.25, st.bag, ` rx="${n(bw * 0.12)}"`);
  out += rect(x - bw * 0.36, hip - 2, bw * 0.32, y - hip + 2, st.pants, ` rx="${n(bw * 0.1)}"`);
  out += rect(x + bw * 0.04, hip - 2, bw * 0.32, y - hip + 2, st.pants, ` rx="${n(bw * 0.1)}"`);
  const bottom = st.dress ? y - h * 0.08 : hip;
  out += path(
    `M${n(x - bw / 2)} ${n(bottom)}L${n(x - bw / 2)} ${n(shoulder + r)}Q${n(x - bw / 2)} ${n(shoulder)} ${n(x - bw / 2 + r)} ${n(shoulder)}L${n(x + bw / 2 - r)} ${n(shoulder)}Q${n(x + bw / 2)} ${n(shoulder)} ${n(x + bw / 2)} ${n(shoulder + r)}L${n(x + bw / 2)} ${n(bottom)}Z`,
    st.shirt,
  );
  out += rect(x - bw / 2 - bw * 0.02, shoulder + r * 0.5, bw * 0.16, hip - shoulder, darken(st.shirt, 0.12), ` rx="${n(bw * 0.08)}"`);
  out += rect(x + bw / 2 - bw * 0.14, shoulder + r * 0.5, bw * 0.16, hip - shoulder, darken(st.shirt, 0.12), ` rx="${n(bw * 0.08)}"`);
  out += circle(x - bw / 2 + bw * 0.06, hip + h * 0.03, bw * 0.08, skin) + circle(x + bw / 2 - bw * 0.06, hip + h * 0.03, bw * 0.08, skin);
  out += rect(x - headR * 0.35, headY + headR * 0.6, headR * 0.7, h * 0.06, skin);
  out += circle(x, headY, headR, skin);
  out += path(`M${n(x - headR)} ${n(headY + headR * 0.1)}A${n(headR)} ${n(headR)} 0 0 1 ${n(x + headR)} ${n(headY + headR * 0.1)}Z`, hair);
  if (st.scarf) out += path(poly([[x - bw * 0.22, shoulder], [x + bw * 0.22, shoulder], [x, shoulder + h * 0.1]]), "#d62d2d");
  if (st.hat) {
    const [hatLit, hatShade] = st.hatColors ?? ["#efdba4", "#d8c080"];
    out += path(poly([[x - headR * 2.4, headY - headR * 0.05], [x + headR * 2.4, headY - headR * 0.05], [x, headY - headR * 2.3]]), hatLit);
    out += path(poly([[x, headY - headR * 0.05], [x + headR * 2.4, headY - headR * 0.05], [x, headY - headR * 2.3]]), hatShade);
  }
  return out;
}

const SHIRTS = ["#ffffff", "#e8f1fb", "#6aa0d8", "#f2c14e", "#e46f5a", "#8fc27a", "#f4f0e6", "#3d6fa8", "#c45c8c"] as const;
const PANTS = ["#2f3b52", "#3a3a3a", "#4b5a78", "#6b5844", "#243047"] as const;

function randomPerson(s: Scene, x: number, y: number, h: number, overrides: Partial<PersonStyle> = {}): string {
  const { rng } = s;
  return person(x, y, h, {
    shirt: lit(s, pick(rng, SHIRTS)),
    pants: lit(s, pick(rng, PANTS)),
    skin: lit(s, pick(rng, ["#e8b98f", "#d9a27a", "#f0c7a0", "#c98d66"])),
    hair: pick(rng, ["#2a211c", "#1c1a19", "#3b2a22"]),
    ...overrides,
  });
}

/** Group of standing people in two staggered rows. */
function crowd(s: Scene, cx: number, y: number, count: number, h: number, spread: number, style: (i: number) => Partial<PersonStyle> = () => ({})): string {
  const { rng } = s;
  let back = "";
  let front = "";
  for (let i = 0; i < count; i++) {
    const row = i % 2;
    const x = cx - spread / 2 + ((i + 0.5) * spread) / count + between(rng, -6, 6);
    const ph = h * between(rng, 0.88, 1.05) * (row ? 0.94 : 1);
    const fig = randomPerson(s, x, y - (row ? h * 0.06 : 0), ph, style(i));
    if (row) back += fig;
    else front += fig;
  }
  return back + front;
}

/** People spread over a patch of ground, sized by distance and drawn back to front. */
function scatterPeople(s: Scene, count: number, x0: number, x1: number, y0: number, y1: number, horizon: number, hAtY1: number, style: (i: number) => Partial<PersonStyle> = () => ({})): string {
  const { rng } = s;
  const figs: { y: number; svg: string }[] = [];
  const placed: Pt[] = [];
  for (let i = 0; i < count; i++) {
    let x = between(rng, x0, x1);
    let y = between(rng, y0, y1);
    // A few retries so figures don't stack exactly on top of one another.
    for (let tries = 0; tries < 8 && placed.some(([px, py]) => Math.abs(px - x) < hAtY1 * 0.22 && Math.abs(py - y) < hAtY1 * 0.15); tries++) {
      x = between(rng, x0, x1);
      y = between(rng, y0, y1);
    }
    placed.push([x, y]);
    const ph = (hAtY1 * (y - horizon)) / (y1 - horizon) * between(rng, 0.85, 1.05);
    figs.push({ y, svg: randomPerson(s, x, y, ph, style(i)) });
  }
  figs.sort((a, b) => a.y - b.y);
  return figs.map((f) => f.svg).join("");
}

/** Water buffalo, drawn as a single dark shape (works best as a silhouette). */
function buffalo(x: number, y: number, size: number, color: string): string {
  const s = size;
  return path(
    `M${n(x - s * 0.55)} ${n(y - s * 0.42)}Q${n(x - s * 0.5)} ${n(y - s * 0.62)} ${n(x - s * 0.1)} ${n(y - s * 0.6)}L${n(x + s * 0.35)} ${n(y - s * 0.62)}` +
      `Q${n(x + s * 0.5)} ${n(y - s * 0.64)} ${n(x + s * 0.58)} ${n(y - s * 0.55)}L${n(x + s * 0.78)} ${n(y - s * 0.45)}L${n(x + s * 0.8)} ${n(y - s * 0.3)}L${n(x + s * 0.66)} ${n(y - s * 0.28)}` +
      `L${n(x + s * 0.5)} ${n(y - s * 0.35)}L${n(x + s * 0.45)} ${n(y - s * 0.3)}L${n(x + s * 0.42)} ${n(y)}L${n(x + s * 0.34)} ${n(y)}L${n(x + s * 0.32)} ${n(y - s * 0.26)}` +
      `L${n(x - s * 0.3)} ${n(y - s * 0.26)}L${n(x - s * 0.34)} ${n(y)}L${n(x - s * 0.42)} ${n(y)}L${n(x - s * 0.46)} ${n(y - s * 0.28)}Q${n(x - s * 0.58)} ${n(y - s * 0.3)} ${n(x - s * 0.55)} ${n(y - s * 0.42)}Z` +
      `M${n(x + s * 0.55)} ${n(y - s * 0.56)}Q${n(x + s * 0.45)} ${n(y - s * 0.78)} ${n(x + s * 0.68)} ${n(y - s * 0.8)}Q${n(x + s * 0.56)} ${n(y - s * 0.72)} ${n(x + s * 0.62)} ${n(y - s * 0.58)}Z` +
      `M${n(x - s * 0.52)} ${n(y - s * 0.45)}Q${n(x - s * 0.66)} ${n(y - s * 0.3)} ${n(x - s * 0.62)} ${n(y - s * 0.18)}L${n(x - s * 0.59)} ${n(y - s * 0.19)}Q${n(x - s * 0.62)} ${n(y - s * 0.32)} ${n(x - s * 0.5)} ${n(y - s * 0.42)}Z`,
    color,
  );
}

/** Sampan with a woven canopy; optional rower in a conical hat. */
function boat(s: Scene, x: number, y: number, L: number, rower: boolean, facing: 1 | -1 = 1): string {
  const hull = lit(s, "#5a3d2b");
  const rim = lit(s, "#8a6446");
  const canopy = lit(s, "#c9a66b");
  let out = "";
  out += path(
    `M${n(x - L / 2)} ${n(y - L * 0.1)}Q${n(x)} ${n(y - L * 0.02)} ${n(x + L / 2)} ${n(y - L * 0.1)}Q${n(x + L * 0.3)} ${n(y + L * 0.07)} ${n(x)} ${n(y + L * 0.06)}Q${n(x - L * 0.3)} ${n(y + L * 0.07)} ${n(x - L / 2)} ${n(y - L * 0.1)}Z`,
    hull,
  );
  out += `<path d="M${n(x - L / 2)} ${n(y - L * 0.1)}Q${n(x)} ${n(y - L * 0.02)} ${n(x + L / 2)} ${n(y - L * 0.1)}" stroke="${rim}" stroke-width="${n(L * 0.02)}" fill="none"/>`;
  const cx = x - facing * L * 0.05;
  out += path(`M${n(cx - L * 0.17)} ${n(y - L * 0.055)}C${n(cx - L * 0.17)} ${n(y - L * 0.25)} ${n(cx + L * 0.17)} ${n(y - L * 0.25)} ${n(cx + L * 0.17)} ${n(y - L * 0.055)}Z`, canopy);
  for (let k = -2; k <= 2; k++) out += line(cx + k * L * 0.06, y - L * 0.06, cx + k * L * 0.055, y - L * 0.17 + Math.abs(k) * L * 0.02, darken(canopy, 0.2), L * 0.006);
  if (rower) {
    const px = x + facing * L * 0.34;
    const ph = L * 0.42;
    out += line(px - facing * L * 0.02, y - ph * 0.5, px + facing * L * 0.22, y + L * 0.1, "#6b4a30", L * 0.012);
    out += person(px, y - L * 0.05, ph, { shirt: lit(s, pick(s.rng, ["#5c6f94", "#a3493f", "#f3efe4", "#4f7d5c"])), pants: lit(s, "#2b2b33"), hat: true });
  }
  return out;
}

/* ------------------------------------------------------------------ perspective ribbons (roads, rivers) */

interface Ribbon {
  readonly d: string;
  readonly at: (y: number) => { cx: number; half: number };
  readonly yAtDepth: (d: number) => number;
  /** Strip between a and b half-widths from the centre line (e.g. -1..1 is the ribbon itself). */
  readonly band: (a: number, b: number) => string;
}

/**
 * A road/river receding to the horizon with S-bends; width shrinks with distance.
 * sway is the lateral wander in pixels at the bottom edge; it shrinks with depth like everything else.
 */
function ribbon(s: Scene, horizon: number, vx: number, x0: number, halfBottom: number, sway: number, freq: number, phase: number): Ribbon {
  const H = s.h - horizon;
  const at = (y: number) => {
    const k = Math.max((y - horizon) / H, 0.002);
    const d = Math.min(1 / k, 60);
    const off = x0 - vx + sway * (Math.sin(freq * d + phase) - Math.sin(freq + phase));
    return { cx: vx + k * off, half: halfBottom * k };
  };
  const band = (a: number, b: number): string => {
    const left: Pt[] = [];
    const right: Pt[] = [];
    for (let k = 1.05; k > 0.003; k *= 0.965) {
      const y = horizon + k * H;
      const { cx, half } = at(y);
      left.push([cx + a * half, y]);
      right.push([cx + b * half, y]);
    }
    return poly([...left, ...right.reverse()]);
  };
  return { d: band(-1, 1), at, yAtDepth: (d) => horizon + H / d, band };
}

/* ------------------------------------------------------------------ festival bits */

function firework(s: Scene, cx: number, cy: number, r: number, color: string): string {
  const { rng } = s;
  let rays = "";
  let dots = "";
  const count = 28;
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2 + between(rng, -0.05, 0.05);
    const rr = r * between(rng, 0.8, 1);
    rays += `M${n(cx + Math.cos(a) * r * 0.2)} ${n(cy + Math.sin(a) * r * 0.2)}L${n(cx + Math.cos(a) * rr * 0.85)} ${n(cy + Math.sin(a) * rr * 0.85)}`;
    dots += circle(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr + r * 0.04, r * 0.025, color);
  }
  return (
    circle(cx, cy, r * 1.2, rgrad(s, cx, cy, r * 1.2, [[0, color, 0.35], [1, color, 0]])) +
    `<path d="${rays}" stroke="${color}" stroke-width="${n(r * 0.018)}" stroke-linecap="round" opacity="0.9"/>` +
    dots
  );
}

function lantern(s: Scene, x: number, y: number, size: number, color: string): string {
  return (
    circle(x, y, size * 2, rgrad(s, x, y, size * 2, [[0, color, 0.45], [1, color, 0]])) +
    line(x, y - size * 0.9, x, y - size * 0.62, "#4a3520", 2) +
    ellipse(x, y, size * 0.52, size * 0.62, rgrad(s, x - size * 0.1, y - size * 0.1, size * 0.7, [[0, lighten(color, 0.55)], [0.6, color], [1, darken(color, 0.25)]])) +
    rect(x - size * 0.25, y - size * 0.7, size * 0.5, size * 0.14, "#e8b73a") +
    rect(x - size * 0.25, y + size * 0.56, size * 0.5, size * 0.14, "#e8b73a") +
    line(x, y + size * 0.7, x, y + size * 1.05, "#e8b73a", 2)
  );
}

/** Lanterns strung on a sagging line; returns nothing, pushes to the scene. */
function lanternString(s: Scene, x0: number, y0: number, x1: number, y1: number, sag: number, count: number, colors: readonly string[], size: number): void {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2 + sag;
  let out = `<path d="M${n(x0)} ${n(y0)}Q${n(cx)} ${n(cy)} ${n(x1)} ${n(y1)}" stroke="#3a2a1c" stroke-width="2" fill="none"/>`;
  for (let i = 1; i < count; i++) {
    const t = i / count;
    const bx = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1;
    const by = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1;
    out += lantern(s, bx, by + size, size * between(s.rng, 0.85, 1.1), pick(s.rng, colors));
  }
  s.body.push(out);
}

function bunting(x0: number, y0: number, x1: number, y1: number, sag: number, colors: readonly string[]): string {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2 + sag;
  let out = `<path d="M${n(x0)} ${n(y0)}Q${n(cx)} ${n(cy)} ${n(x1)} ${n(y1)}" stroke="#6b5a4a" stroke-width="2" fill="none"/>`;
  const count = Math.round(Math.abs(x1 - x0) / 38);
  for (let i = 0; i < count; i++) {
    const t = (i + 0.5) / count;
    const bx = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1;
    const by = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1;
    out += path(poly([[bx - 13, by], [bx + 13, by], [bx, by + 30]]), colors[i % colors.length] ?? "#da251d");
  }
  return out;
}

/** Market stall: striped scalloped awning over a table of produce. */
function stall(s: Scene, x: number, gy: number, w: number, stripes: readonly [string, string]): string {
  const { rng } = s;
  const h = w * 0.72;
  const top = gy - h;
  const tableY = gy - h * 0.36;
  let out = "";
  out += rect(x + 6, top, 10, h, "#6b4a32") + rect(x + w - 16, top, 10, h, "#6b4a32");
  out += rect(x + 10, top + 30, w - 20, tableY - top - 30, darken(stripes[1], 0.35), ` opacity="0.25"`);
  // vendor behind the table
  out += randomPerson(s, x + w * between(rng, 0.3, 0.7), tableY + h * 0.16, h * 0.62, { hat: chance(rng, 0.6) });
  // table and produce
  out += rect(x + 12, tableY, w - 24, 12, "#8a6446");
  out += rect(x + 18, tableY + 12, w - 36, gy - tableY - 12, lit(s, pick(rng, ["#e9dcc0", "#d7e3c8", "#f0d9c8"])));
  const goods = ["#f28c28", "#f5c542", "#8cc04b", "#d8344a", "#7a3f9a", "#e9592c", "#5a9e3a"];
  for (let bx = x + 34; bx < x + w - 40; bx += 58) {
    out += ellipse(bx + 20, tableY - 4, 26, 9, "#a07850") + ellipse(bx + 20, tableY - 6, 22, 6, "#7a5a3a");
    const g = pick(rng, goods);
    for (let k = 0; k < 7; k++) {
      const row = k < 4 ? 0 : k < 6 ? 1 : 2;
      const col = row === 0 ? k : row === 1 ? k - 4 + 0.5 : 1.5;
      out += circle(bx + 5 + col * 10, tableY - 10 - row * 8, 6.5, vary(rng, g, 0.1));
    }
  }
  // awning
  const count = 8;
  const at = (t: number, y: number, inset: number): Pt => [x - 14 + inset + t * (w + 28 - 2 * inset), y];
  for (let i = 0; i < count; i++) {
    const col = i % 2 ? stripes[1] : stripes[0];
    const a = at(i / count, top - 34, 26);
    const b = at((i + 1) / count, top - 34, 26);
    const c = at((i + 1) / count, top + 22, 0);
    const d = at(i / count, top + 22, 0);
    out += path(poly([a, b, c, d]), col);
    out += path(`M${n(d[0])} ${n(d[1] - 1)}A${n((c[0] - d[0]) / 2)} ${n((c[0] - d[0]) / 2.4)} 0 0 0 ${n(c[0])} ${n(c[1] - 1)}Z`, col);
  }
  out += rect(x - 14 + 26, top - 38, w + 28 - 52, 6, darken(stripes[0], 0.25));
  return out;
}

/** Foreground rice clump: a fan of blades, heads drooping when ripe. */
function riceTuft(s: Scene, x: number, y: number, h: number, color: string, ripe: boolean): string {
  const { rng } = s;
  let blades = "";
  let heads = "";
  const count = 7 + Math.floor(rng() * 5);
  for (let i = 0; i < count; i++) {
    const a = between(rng, -0.55, 0.55);
    const len = h * between(rng, 0.6, 1);
    const tx = x + Math.sin(a) * len;
    const ty = y - Math.cos(a) * len;
    const bend = a * len * 0.5;
    blades += `M${n(x + a * 4)} ${n(y)}Q${n(x + bend * 0.3)} ${n(y - len * 0.6)} ${n(tx + bend * 0.4)} ${n(ty + len * 0.1)}`;
    if (ripe && i % 2 === 0) heads += `M${n(tx + bend * 0.4)} ${n(ty + len * 0.1)}q${n(Math.sign(a || 1) * len * 0.18)} ${n(-len * 0.02)} ${n(Math.sign(a || 1) * len * 0.25)} ${n(len * 0.22)}`;
  }
  return (
    `<path d="${blades}" fill="none" stroke="${color}" stroke-width="${n(Math.max(1.5, h * 0.03))}" stroke-linecap="round"/>` +
    (heads ? `<path d="${heads}" fill="none" stroke="${lighten(color, 0.25)}" stroke-width="${n(Math.max(2, h * 0.05))}" stroke-linecap="round"/>` : "")
  );
}

/** Egret (cò) standing in the paddy. */
function egret(x: number, y: number, size: number, facing: 1 | -1): string {
  const f = facing;
  return (
    line(x - f * size * 0.05, y - size * 0.35, x - f * size * 0.08, y, "#6b6150", Math.max(1, size * 0.03)) +
    line(x + f * size * 0.08, y - size * 0.35, x + f * size * 0.1, y, "#6b6150", Math.max(1, size * 0.03)) +
    ellipse(x, y - size * 0.48, size * 0.32, size * 0.16, "#fbfbf6", ` transform="rotate(${n(-f * 18)} ${n(x)} ${n(y - size * 0.48)})"`) +
    `<path d="M${n(x + f * size * 0.22)} ${n(y - size * 0.55)}Q${n(x + f * size * 0.18)} ${n(y - size * 0.8)} ${n(x + f * size * 0.3)} ${n(y - size * 0.92)}" stroke="#fbfbf6" stroke-width="${n(size * 0.08)}" fill="none" stroke-linecap="round"/>` +
    path(poly([[x + f * size * 0.3, y - size * 0.95], [x + f * size * 0.52, y - size * 0.9], [x + f * size * 0.3, y - size * 0.89]]), "#e8b93a")
  );
}

function haystack(x: number, y: number, size: number, color: string): string {
  return (
    path(`M${n(x - size * 0.5)} ${n(y)}Q${n(x - size * 0.55)} ${n(y - size * 0.7)} ${n(x)} ${n(y - size * 1.05)}Q${n(x + size * 0.55)} ${n(y - size * 0.7)} ${n(x + size * 0.5)} ${n(y)}Z`, color) +
    path(`M${n(x)} ${n(y - size * 1.05)}Q${n(x + size * 0.55)} ${n(y - size * 0.7)} ${n(x + size * 0.5)} ${n(y)}L${n(x + size * 0.1)} ${n(y)}Z`, darken(color, 0.15)) +
    line(x, y - size * 1.05, x, y - size * 1.25, darken(color, 0.35), size * 0.04)
  );
}

function lotusFlower(s: Scene, x: number, y: number, size: number, open: boolean): string {
  const pink = lit(s, "#f28fb0");
  const deep = lit(s, "#e0557f");
  let out = `<path d="M${n(x)} ${n(y)}Q${n(x + size * 0.2)} ${n(y + size * 1.2)} ${n(x - size * 0.1)} ${n(y + size * 2.4)}" stroke="${lit(s, "#4f7a33")}" stroke-width="${n(size * 0.08)}" fill="none"/>`;
  if (!open) {
    return out + path(`M${n(x)} ${n(y - size * 0.75)}Q${n(x + size * 0.38)} ${n(y - size * 0.2)} ${n(x)} ${n(y + size * 0.05)}Q${n(x - size * 0.38)} ${n(y - size * 0.2)} ${n(x)} ${n(y - size * 0.75)}Z`, bgrad(s, [[0, deep], [1, lighten(pink, 0.3)]]));
  }
  const petal = (angle: number, len: number, col: string): string =>
    path(`M${n(x)} ${n(y)}Q${n(x - len * 0.3)} ${n(y - len * 0.5)} ${n(x)} ${n(y - len)}Q${n(x + len * 0.3)} ${n(y - len * 0.5)} ${n(x)} ${n(y)}Z`, col, ` transform="rotate(${n(angle)} ${n(x)} ${n(y)})"`);
  out += petal(-70, size * 0.75, darken(pink, 0.08)) + petal(70, size * 0.75, darken(pink, 0.08));
  out += petal(-42, size * 0.9, pink) + petal(42, size * 0.9, pink);
  out += circle(x, y - size * 0.18, size * 0.16, "#f4cf4f");
  out += petal(-16, size, lighten(pink, 0.18)) + petal(16, size, lighten(pink, 0.18)) + petal(0, size * 0.95, lighten(pink, 0.3));
  return out;
}

function lotusLeaf(s: Scene, x: number, y: number, rx: number, green: string): string {
  const ry = rx * 0.36;
  const notch = between(s.rng, 0, Math.PI * 2);
  const col = vary(s.rng, green, 0.08);
  return (
    ellipse(x, y + ry * 0.15, rx, ry, darken(col, 0.25)) +
    ellipse(x, y, rx, ry, col) +
    ellipse(x - rx * 0.1, y - ry * 0.1, rx * 0.55, ry * 0.5, lighten(col, 0.12), ` opacity="0.7"`) +
    path(poly([[x, y], [x + Math.cos(notch) * rx * 1.05, y + Math.sin(notch) * ry * 1.05], [x + Math.cos(notch + 0.25) * rx * 1.05, y + Math.sin(notch + 0.25) * ry * 1.05]]), s.light.water[1], ` opacity="0.8"`)
  );
}

/* ------------------------------------------------------------------ covers */

function lightFor(rng: Rng, options: readonly LightName[]): Light {
  return LIGHTS[pick(rng, options)];
}

function coverFields(seed: number): Scene {
  const pre = mulberry32(seed);
  const golden = chance(pre, 0.5);
  const s = newScene(COVER_W, COVER_H, seed, lightFor(pre, ["morning", "golden", "noon"]));
  const { rng, w, h } = s;
  const horizon = h * between(rng, 0.42, 0.5);
  drawSky(s, horizon);
  drawSun(s, between(rng, 0.15, 0.85) * w, horizon * between(rng, 0.3, 0.55), 34);
  drawClouds(s, 4, horizon * 0.2, horizon * 0.6);
  s.body.push(birds(s, between(rng, 0.2, 0.8) * w, horizon * 0.35, 5, 9, far(s, "#3b4a5a", 0.3)));
  mountainLayer(s, rng, horizon - 10, 6, 60, 170, 0.55, far(s, "#6f8fa8", 0.55));
  mist(s, horizon - 20, 60, 0.6);
  const ridge = waves(rng, 700, 3);
  const near = (x: number): number => horizon - 22 + ridge(x) * 10;
  treeLine(s, near, far(s, "#3f6f43", 0.35), 22);
  hillLayer(s, (x) => near(x) + 10, far(s, "#4c7d45", 0.3), horizon + 40, 0);
  const palette = golden ? ["#e5c158", "#d9b24a", "#efcf6c", "#cfa843", "#c8c15a"] : ["#7db645", "#8cc24f", "#9fcf5e", "#6aa63f", "#b4d46a"];
  if (chance(rng, 0.35)) {
    hillLayer(s, (x) => horizon + 16 + Math.sin(x / 240) * 6, far(s, "#6f9a4a", 0.3), h + 10, 0.1);
    terracedHill(s, w * between(rng, 0.1, 0.3), horizon + 20, w * 0.28, h * 0.75, 8, palette, 0.3);
    terracedHill(s, w * between(rng, 0.7, 0.9), horizon + 30, w * 0.3, h * 0.8, 8, palette, 0.22);
    terracedHill(s, w * between(rng, 0.4, 0.6), horizon + 110, w * 0.3, h * 1.1, 11, palette, 0);
  } else {
    paddies(s, horizon + 14, w * between(rng, 0.35, 0.65), palette, golden ? 0 : 0.12);
  }
  // A village clump at mid-distance gives the flat plain a focal point.
  const vx = chance(rng, 0.5) ? w * between(rng, 0.08, 0.3) : w * between(rng, 0.7, 0.92);
  const vy = horizon + (h - horizon) * 0.12;
  s.body.push(bamboo(s, vx - 60, vy, 170, 160, far(s, "#4f8a3a", 0.2)) + house(s, vx - 10, vy + 4, 120) + roundTree(s, vx + 130, vy + 2, 110, far(s, "#3f7d3a", 0.2)));
  let birdsInField = "";
  for (let i = 0; i < 4; i++) {
    const y = horizon + (h - horizon) * between(rng, 0.15, 0.45);
    const k = (y - horizon) / (h - horizon);
    birdsInField += egret(between(rng, 0.05, 0.95) * w, y, 120 * k, chance(rng, 0.5) ? 1 : -1);
  }
  s.body.push(birdsInField);
  const people = 2 + Math.floor(rng() * 3);
  let fig = "";
  for (let i = 0; i < people; i++) {
    const y = horizon + (h - horizon) * between(rng, 0.3, 0.7);
    const k = (y - horizon) / (h - horizon);
    fig += randomPerson(s, between(rng, 0.1, 0.9) * w, y, 230 * k, { hat: true, shirt: lit(s, pick(rng, ["#5c6f94", "#a3493f", "#f3efe4", "#4f7d5c", "#7a5c8f"])) });
  }
  if (chance(rng, 0.6)) {
    const y = horizon + (h - horizon) * between(rng, 0.2, 0.35);
    const k = (y - horizon) / (h - horizon);
    fig += buffalo(between(rng, 0.15, 0.85) * w, y, 260 * k, lit(s, "#3d3633"));
  }
  s.body.push(fig);
  let tufts = "";
  const tuftColor = lit(s, golden ? "#b8962f" : "#4f8a2f");
  for (let x = -20; x < w + 30; x += between(rng, 30, 70)) tufts += riceTuft(s, x, h + 6, between(rng, 60, 120), vary(rng, tuftColor, 0.1), golden);
  s.body.push(tufts);
  return s;
}

function coverMeeting(seed: number): Scene {
  const pre = mulberry32(seed);
  const s = newScene(COVER_W, COVER_H, seed, lightFor(pre, ["morning", "noon"]));
  const { rng, w, h } = s;
  const gy = h * 0.7;
  drawSky(s, gy);
  drawSun(s, between(rng, 0.1, 0.9) * w, h * 0.12, 30);
  drawClouds(s, 4, h * 0.1, h * 0.35);
  const ridge = waves(rng, 500, 2);
  const treeY = (x: number): number => gy - 140 + ridge(x) * 20;
  treeLine(s, treeY, far(s, "#4f8455", 0.4), 45);
  hillLayer(s, (x) => treeY(x) + 20, far(s, "#4f8455", 0.4), gy, 0);
  s.body.push(rect(0, gy - 10, w, h - gy + 10, vgrad(s, gy, h, [[0, lit(s, "#8cc266")], [1, lit(s, "#5f9a45")]])));
  s.body.push(path(poly([[w * 0.3, gy], [w * 0.7, gy], [w * 0.92, h], [w * 0.08, h]]), vgrad(s, gy, h, [[0, lit(s, "#e6e1d6")], [1, lit(s, "#cfc8b8")]])));
  const W = between(rng, 940, 1080);
  const cx = w / 2 + between(rng, -60, 60);
  s.body.push(civicBuilding(s, cx, gy, W, pick(rng, ["#f2cf72", "#f4dc9a", "#efc27a", "#f0d58a"])));
  let side = "";
  for (const x of [cx - W / 2 - 90, cx + W / 2 + 90, cx - W / 2 - 10, cx + W / 2 + 10]) side += roundTree(s, x, gy + 6, between(rng, 190, 240), lit(s, "#3f7d3a"));
  for (const x of [w * 0.2, w * 0.32, w * 0.68, w * 0.8]) side += shrub(x, gy + 26, 90, lit(s, "#4f8f42"));
  side += flowerBed(s, w * 0.06, h * 0.9, 200, ["#e5392f", "#f4c542", "#ffffff"]) + flowerBed(s, w * 0.8, h * 0.9, 220, ["#e5392f", "#f4c542", "#ff8fb0"]);
  s.body.push(side);
  s.body.push(
    crowd(s, cx, h * 0.93, 12, 165, 700, (i) =>
      i % 4 === 1 ? { dress: true, shirt: lit(s, pick(rng, ["#c0392b", "#2e6db4", "#ffffff", "#8e44ad"])), pants: lit(s, "#f4f0e6") } : { shirt: lit(s, pick(rng, ["#ffffff", "#e8f1fb", "#dfe8f0", "#f6f2e8"])) },
    ),
  );
  return s;
}

function coverRoad(seed: number): Scene {
  const pre = mulberry32(seed);
  const s = newScene(COVER_W, COVER_H, seed, lightFor(pre, ["morning", "golden", "noon"]));
  const { rng, w, h } = s;
  const horizon = h * between(rng, 0.42, 0.48);
  drawSky(s, horizon);
  drawSun(s, between(rng, 0.1, 0.9) * w, horizon * 0.45, 30);
  drawClouds(s, 4, horizon * 0.15, horizon * 0.6);
  mountainLayer(s, rng, horizon - 6, 5, 50, 150, 0.5, far(s, "#7191aa", 0.55));
  mist(s, horizon - 10, 50, 0.6);
  const ridge = waves(rng, 600, 2);
  treeLine(s, (x) => horizon - 14 + ridge(x) * 6, far(s, "#416f44", 0.35), 18);
  const vx = w * between(rng, 0.42, 0.58);
  paddies(s, horizon, vx, ["#7db645", "#8cc24f", "#9fcf5e", "#6aa63f", "#b4d46a"], 0.1);
  const road = ribbon(s, horizon, vx, w * between(rng, 0.42, 0.58), 330, between(rng, 180, 380), between(rng, 0.35, 0.6), rng() * 6);
  s.body.push(path(road.band(-1.35, 1.35), lit(s, "#7fae4e")));
  s.body.push(path(road.d, vgrad(s, horizon, h, [[0, far(s, "#a9a9a6", 0.4)], [1, lit(s, "#6d6e70")]])));
  let marks = "";
  for (let d = 1; d < 40; d += 0.5) {
    const ya = road.yAtDepth(d);
    const yb = road.yAtDepth(d + 0.25);
    const a = road.at(ya);
    const b = road.at(yb);
    const wa = a.half * 0.03;
    const wb = b.half * 0.03;
    marks += poly([[a.cx - wa, ya], [a.cx + wa, ya], [b.cx + wb, yb], [b.cx - wb, yb]]);
  }
  marks += road.band(-0.97, -0.93) + road.band(0.93, 0.97);
  s.body.push(path(marks, "#f4f1e8", ` opacity="0.9"`));
  let props = "";
  const items: { y: number; svg: string }[] = [];
  for (let d = 1.1; d < 22; d *= 1.22) {
    for (const side of [-1, 1]) {
      const y = road.yAtDepth(d + (side > 0 ? 0.15 : 0));
      const a = road.at(y);
      const k = (y - horizon) / (h - horizon);
      const x = a.cx + side * (a.half * 1.55);
      if (chance(rng, 0.5)) {
        const ph = 420 * k;
        items.push({
          y,
          svg:
            line(x, y, x, y - ph, lit(s, "#8a9097"), Math.max(1, 7 * k)) +
            line(x, y - ph, x - side * 60 * k, y - ph - 6 * k, lit(s, "#8a9097"), Math.max(1, 5 * k)) +
            ellipse(x - side * 64 * k, y - ph, 16 * k, 6 * k, lit(s, "#f5f2e0")),
        });
      } else {
        items.push({ y, svg: roundTree(s, x + side * 40 * k, y, 360 * k, lit(s, vary(rng, "#3f7d3a", 0.1))) });
      }
    }
  }
  for (let i = 0; i < 3; i++) {
    const d = between(rng, 2.5, 8);
    const y = road.yAtDepth(d);
    const a = road.at(y);
    const k = (y - horizon) / (h - horizon);
    const side = chance(rng, 0.5) ? 1 : -1;
    items.push({ y, svg: house(s, a.cx + side * (a.half * 2.2 + 120 * k) - (side < 0 ? 300 * k : 0), y, 300 * k) });
  }
  items.sort((a, b) => a.y - b.y);
  for (const it of items) props += it.svg;
  s.body.push(props);
  return s;
}

function coverSchool(seed: number): Scene {
  const pre = mulberry32(seed);
  const s = newScene(COVER_W, COVER_H, seed, lightFor(pre, ["morning", "noon"]));
  const { rng, w, h } = s;
  const gy = h * 0.66;
  drawSky(s, gy);
  drawSun(s, between(rng, 0.1, 0.9) * w, h * 0.12, 30);
  drawClouds(s, 4, h * 0.08, h * 0.3);
  const ridge = waves(rng, 500, 2);
  treeLine(s, (x) => gy - 150 + ridge(x) * 18, far(s, "#4f8455", 0.4), 40);
  hillLayer(s, (x) => gy - 130 + ridge(x) * 18, far(s, "#4f8455", 0.4), gy, 0);
  s.body.push(rect(0, gy - 6, w, h - gy + 6, vgrad(s, gy, h, [[0, lit(s, "#e9dcc3")], [1, lit(s, "#d6c6a6")]])));
  const W = between(rng, 1050, 1250);
  const cx = w / 2 + between(rng, -80, 80);
  s.body.push(schoolBuilding(s, cx, gy, W, pick(rng, ["#f4d27c", "#f3c9a8", "#f6e08e", "#e9d6b0"])));
  s.body.push(flameTree(s, cx - W / 2 - 20, gy + 30, 330), flameTree(s, cx + W / 2 + 30, gy + 40, 360));
  s.body.push(flagPole(cx + between(rng, 0.18, 0.3) * W * (chance(rng, 0.5) ? 1 : -1), gy + 90, 470, 120));
  const kids = scatterPeople(s, 14, w * 0.05, w * 0.95, h * 0.8, h * 0.97, gy - 200, 165, () => ({
    shirt: lit(s, "#ffffff"),
    pants: lit(s, pick(rng, ["#2c4f8f", "#23406f"])),
    scarf: true,
    bag: lit(s, pick(rng, ["#e5533b", "#f2b134", "#3b8fd6", "#7cbf4a", "#c45c8c"])),
    dress: chance(rng, 0.3),
  }));
  s.body.push(kids);
  return s;
}

function coverFestival(seed: number): Scene {
  const pre = mulberry32(seed);
  const s = newScene(COVER_W, COVER_H, seed, LIGHTS[pick(pre, ["dusk", "dusk", "sunset"] as const)]);
  const { rng, w, h } = s;
  const horizon = h * 0.66;
  drawSky(s, horizon);
  drawStars(s, 120, horizon * 0.7);
  const colors = ["#ffd45a", "#ff7aa8", "#7fe0ff", "#ffffff", "#ff9a4a", "#b8ff7a"];
  for (let i = 0; i < 4; i++) {
    s.body.push(firework(s, ((i + between(rng, 0.2, 0.8)) / 4) * w, between(rng, 0.16, 0.42) * h, between(rng, 70, 130), pick(rng, colors)));
  }
  const ridge = waves(rng, 500, 3);
  const sil = far(s, "#2a2b45", 0.25);
  treeLine(s, (x) => horizon - 30 + ridge(x) * 16, sil, 34);
  hillLayer(s, (x) => horizon - 20 + ridge(x) * 16, sil, horizon + 20, 0);
  const px = w * between(rng, 0.25, 0.75);
  const temple = path(`M${n(px - 200)} ${n(horizon + 16)}Q${n(px)} ${n(horizon - 14)} ${n(px + 200)} ${n(horizon + 16)}Z`, sil) + pagoda(px, horizon + 4, 170, 5, darken(sil, 0.1), darken(sil, 0.25));
  s.body.push(temple);
  for (let i = 0; i < 5; i++) s.body.push(rect(px - 30 + (i % 3) * 24, horizon - 30 - Math.floor(i / 3) * 40, 10, 14, "#ffcf6e", ` opacity="0.85"`));
  drawWater(s, horizon + 14, h * 0.86, 30);
  s.body.push(`<g clip-path="${clipPath(s, poly([[0, horizon + 14], [w, horizon + 14], [w, h * 0.86], [0, h * 0.86]]))}">${mirror(temple, horizon + 14, 0.35)}</g>`);
  for (let i = 0; i < 6; i++) {
    const x = between(rng, 0.05, 0.95) * w;
    s.body.push(rect(x - 30, between(rng, horizon + 30, h * 0.82), 60, 3, pick(rng, colors), ` opacity="0.4" rx="2"`));
  }
  // Five-colour festival banners (cờ hội) on tall poles at the edges of the scene.
  let flags = "";
  const fc = ["#d62d2d", "#f2c230", "#2e7bd6", "#2f9a4a", "#f4f0e6"];
  for (const x of [w * 0.04, w * 0.11, w * 0.89, w * 0.96]) {
    const top = h * between(rng, 0.3, 0.4);
    flags += line(x, h * 0.95, x, top - 10, "#2a1f18", 5) + circle(x, top - 12, 6, "#e8b73a");
    const fw = 40;
    const fl = h * 0.26;
    fc.forEach((c, i) => {
      flags += path(poly([[x + (i * fw) / fc.length, top], [x + ((i + 1) * fw) / fc.length, top], [x + ((i + 1) * fw) / fc.length, top + fl - i * 6], [x + (i * fw) / fc.length, top + fl - (i - 1) * 6]]), c);
    });
  }
  s.body.push(rect(0, h * 0.86, w, h * 0.14, "#1b1a2c"));
  let heads = "";
  for (let x = -10; x < w + 20; x += between(rng, 34, 52)) {
    const y = h * between(rng, 0.9, 0.95);
    heads += circle(x, y, 17, "#14131f") + path(`M${n(x - 32)} ${h + 5}Q${n(x - 30)} ${n(y + 18)} ${n(x)} ${n(y + 16)}Q${n(x + 30)} ${n(y + 18)} ${n(x + 32)} ${h + 5}Z`, "#14131f");
  }
  s.body.push(heads, flags);
  const lanternColors = ["#e8322b", "#f05a28", "#f2b134", "#d62d5a"];
  lanternString(s, -20, h * 0.04, w * 0.55, h * 0.02, 110, 8, lanternColors, 26);
  lanternString(s, w * 0.45, h * 0.0, w + 20, h * 0.06, 90, 7, lanternColors, 24);
  return s;
}

function coverHealth(seed: number): Scene {
  const pre = mulberry32(seed);
  const s = newScene(COVER_W, COVER_H, seed, lightFor(pre, ["morning", "noon"]));
  const { rng, w, h } = s;
  const gy = h * 0.7;
  drawSky(s, gy);
  drawSun(s, between(rng, 0.1, 0.9) * w, h * 0.12, 28);
  drawClouds(s, 4, h * 0.08, h * 0.3);
  const ridge = waves(rng, 500, 2);
  treeLine(s, (x) => gy - 150 + ridge(x) * 18, far(s, "#4f8455", 0.4), 40);
  hillLayer(s, (x) => gy - 130 + ridge(x) * 18, far(s, "#4f8455", 0.4), gy, 0);
  s.body.push(rect(0, gy - 6, w, h - gy + 6, vgrad(s, gy, h, [[0, lit(s, "#9cc96f")], [1, lit(s, "#6ea64f")]])));
  s.body.push(path(poly([[w * 0.38, gy], [w * 0.62, gy], [w * 0.75, h], [w * 0.25, h]]), vgrad(s, gy, h, [[0, lit(s, "#e4e2dc")], [1, lit(s, "#cdc9bf")]])));
  const W = between(rng, 800, 920);
  const flip = chance(rng, 0.5);
  const cx = flip ? w * between(rng, 0.5, 0.58) : w * between(rng, 0.42, 0.5);
  s.body.push(roundTree(s, cx - W / 2 - 60, gy + 4, between(rng, 220, 280), lit(s, vary(rng, "#3f7d3a", 0.1))));
  s.body.push(clinicBuilding(s, cx, gy, W, pick(rng, CLINIC_PALETTES)));
  s.body.push(roundTree(s, cx + W / 2 + 70, gy + 8, between(rng, 210, 260), lit(s, vary(rng, "#457f3c", 0.1))));
  s.body.push(ambulance(s, flip ? Math.max(20, cx - W / 2 - 380) : Math.min(w - 320, cx + W / 2 + 60), gy + 70, 300));
  s.body.push(shrub(cx - W * 0.3, gy + 20, 110, lit(s, "#4f8f42")) + shrub(cx + W * 0.25, gy + 20, 110, lit(s, "#4f8f42")));
  s.body.push(flowerBed(s, flip ? w * 0.78 : w * 0.04, h * 0.93, 220, ["#e5392f", "#f4c542", "#ffffff"]));
  const coat = { shirt: lit(s, "#ffffff"), pants: lit(s, "#e9eef2") };
  const nurse = { shirt: lit(s, "#cfe9f2"), pants: lit(s, "#cfe9f2"), dress: true };
  s.body.push(
    scatterPeople(s, 7, cx - 260, cx + 260, h * 0.84, h * 0.97, gy - 200, 180, (i) =>
      i === 0 ? coat : i === 1 ? nurse : i === 2 ? { bag: lit(s, "#f2b134") } : i === 3 ? { hat: true } : {},
    ),
  );
  return s;
}

function coverRiver(seed: number): Scene {
  const pre = mulberry32(seed);
  const s = newScene(COVER_W, COVER_H, seed, lightFor(pre, ["morning", "golden", "noon", "dawn"]));
  const { rng, w, h } = s;
  const horizon = h * between(rng, 0.4, 0.46);
  drawSky(s, horizon);
  const sunX = between(rng, 0.3, 0.7) * w;
  drawSun(s, sunX, horizon * 0.55, 32);
  drawClouds(s, 4, horizon * 0.15, horizon * 0.6);
  mountainLayer(s, rng, horizon - 4, 6, 60, 160, 0.5, far(s, "#6f8fa8", 0.5));
  mist(s, horizon - 10, 50, 0.55);
  const vx = w * between(rng, 0.42, 0.58);
  paddies(s, horizon + 2, vx, ["#7db645", "#8cc24f", "#9fcf5e", "#6aa63f", "#b4d46a"], 0.05);
  const river = ribbon(s, horizon, vx, w * between(rng, 0.4, 0.6), 520, between(rng, 250, 450), between(rng, 0.4, 0.6), rng() * 6);
  s.body.push(path(river.band(-1.12, 1.12), lit(s, "#a08a5c")), path(river.band(-1.05, 1.05), lit(s, "#7d6a48")));
  s.body.push(path(river.d, vgrad(s, horizon, h, [[0, mix(s.light.sky[2], s.light.water[0], 0.5)], [0.4, s.light.water[0]], [1, s.light.water[1]]])));
  const clip = clipPath(s, river.d);
  let rip = "";
  for (let i = 0; i < 60; i++) {
    const t = rng() ** 1.3;
    const y = horizon + 4 + (h - horizon) * t;
    const a = river.at(y);
    const rw = between(rng, 20, 80) * (0.3 + 2 * t);
    rip += rect(a.cx + between(rng, -1, 1) * a.half - rw / 2, y, rw, 1.5 + 3 * t, "#ffffff", ` rx="2" opacity="${n(between(rng, 0.12, 0.3))}"`);
  }
  s.body.push(`<g clip-path="${clip}">${rip}</g>`);
  const items: { y: number; svg: string }[] = [];
  for (let d = 1.05; d < 18; d *= 1.18) {
    for (const side of [-1, 1]) {
      if (chance(rng, 0.25)) continue;
      const y = river.yAtDepth(d + between(rng, 0, 0.2));
      const a = river.at(y);
      const k = (y - horizon) / (h - horizon);
      const x = a.cx + side * (a.half * 1.12 + between(rng, 30, 160) * k);
      const kind = rng();
      const svg =
        kind < 0.45
          ? palm(s, x, y, 520 * k, side * between(rng, 20, 90) * k, lit(s, vary(rng, "#4d8a3a", 0.1)))
          : kind < 0.7
            ? bamboo(s, x, y, 420 * k, 260 * k, lit(s, "#5f9640"))
            : house(s, x - (side < 0 ? 300 * k : 0), y, 300 * k);
      items.push({ y, svg });
    }
  }
  for (const [d0, d1] of [[1.3, 1.8], [2.3, 3.2], [4, 6]] as const) {
    if (chance(rng, 0.2)) continue;
    const d = between(rng, d0, d1);
    const y = river.yAtDepth(d);
    const a = river.at(y);
    const k = (y - horizon) / (h - horizon);
    const b = boat(s, a.cx + between(rng, -0.5, 0.5) * a.half, y, 420 * k, chance(rng, 0.8), chance(rng, 0.5) ? 1 : -1);
    items.push({ y, svg: mirror(b, y + 21 * k, 0.22) + b });
  }
  items.sort((a, b) => a.y - b.y);
  s.body.push(items.map((i) => i.svg).join(""));
  return s;
}

function coverMarket(seed: number): Scene {
  const pre = mulberry32(seed);
  const s = newScene(COVER_W, COVER_H, seed, lightFor(pre, ["morning", "noon", "golden"]));
  const { rng, w, h } = s;
  const gy = h * 0.56;
  drawSky(s, gy);
  drawSun(s, between(rng, 0.1, 0.9) * w, h * 0.1, 28);
  drawClouds(s, 3, h * 0.07, h * 0.25);
  const ridge = waves(rng, 450, 2);
  treeLine(s, (x) => gy - 170 + ridge(x) * 20, far(s, "#4f8455", 0.35), 50);
  hillLayer(s, (x) => gy - 150 + ridge(x) * 20, far(s, "#4f8455", 0.35), gy, 0);
  let back = "";
  for (let x = -60; x < w; x += between(rng, 260, 340)) back += house(s, x, gy + 4, between(rng, 220, 280), lit(s, pick(rng, ["#efe2c4", "#f3d9a0", "#e9e4d8"])));
  s.body.push(back);
  s.body.push(rect(0, gy, w, h - gy, vgrad(s, gy, h, [[0, lit(s, "#dcc9a4")], [1, lit(s, "#c4ab80")]])));
  s.body.push(bunting(-20, h * 0.05, w * 0.5, h * 0.08, 90, ["#da251d", "#f2c230", "#2e7bd6", "#2f9a4a"]) + bunting(w * 0.5, h * 0.08, w + 20, h * 0.03, 80, ["#f2c230", "#da251d", "#2f9a4a", "#2e7bd6"]));
  const palettes: readonly (readonly [string, string])[] = [
    ["#d9342b", "#f7efe2"],
    ["#2e7bd6", "#f7efe2"],
    ["#2f9a4a", "#f4e8c8"],
    ["#f2a23a", "#fff6e6"],
    ["#c0427a", "#fbeef2"],
  ];
  const order = shuffled(rng, palettes);
  let stalls = "";
  const sw = 360;
  for (let i = 0; i < 4; i++) {
    const pal = order[i % order.length] ?? palettes[0];
    if (pal) stalls += stall(s, 30 + i * (sw + 30) + between(rng, -10, 10), gy + 190, sw, [lit(s, pal[0]), lit(s, pal[1])]);
  }
  s.body.push(stalls);
  s.body.push(scatterPeople(s, 11, w * 0.04, w * 0.96, h * 0.8, h * 0.98, gy - 200, 185, (i) => (i % 4 === 2 ? { hat: i % 3 === 0, bag: lit(s, "#a07850") } : { hat: i % 3 === 0 })));
  return s;
}

const COVER_BUILDERS: Record<CoverTheme, (seed: number) => Scene> = {
  fields: coverFields,
  meeting: coverMeeting,
  road: coverRoad,
  school: coverSchool,
  festival: coverFestival,
  health: coverHealth,
  river: coverRiver,
  market: coverMarket,
};

/* ------------------------------------------------------------------ landscapes */

function landTerraces(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.morning);
  const { rng, w, h } = s;
  const horizon = h * 0.34;
  drawSky(s, horizon);
  drawSun(s, w * 0.78, h * 0.12, 34);
  drawClouds(s, 4, h * 0.06, h * 0.22);
  mountainLayer(s, rng, horizon + 20, 6, 120, 260, 0.6, far(s, "#6d8aa6", 0.55));
  mist(s, horizon + 10, 80, 0.7);
  mountainLayer(s, rng, horizon + 90, 5, 90, 200, 0.5, far(s, "#5b7f6a", 0.35));
  mist(s, horizon + 80, 70, 0.6);
  hillLayer(s, (x) => h * 0.5 + Math.sin(x / 260) * 14, far(s, "#6f9a4a", 0.35), h + 10, 0.1);
  const ripe = ["#d9bb4a", "#e3c65c", "#cdb043", "#c9c45a"];
  const young = ["#a9c65a", "#b8c94f", "#9cbf52", "#c9c45a"];
  terracedHill(s, w * 0.12, h * 0.44, w * 0.3, h * 1.0, 12, young, 0.3);
  terracedHill(s, w * 0.9, h * 0.46, w * 0.3, h * 1.0, 12, ripe, 0.22);
  mist(s, h * 0.56, 60, 0.3);
  const fns = terracedHill(s, w * 0.5, h * 0.54, w * 0.36, h * 1.12, 15, [...ripe, ...young.slice(0, 2)], 0);
  const ridge = fns[4];
  if (ridge) {
    const x = w * 0.5;
    s.body.push(roundTree(s, x - 70, ridge(x - 70) + 6, 110, lit(s, "#3f7d3a")) + house(s, x, ridge(x + 70) + 8, 130, lit(s, "#c9a878"), lit(s, "#6b5a4a")));
  }
  const low = fns[11];
  if (low) s.body.push(roundTree(s, w * 0.2, low(w * 0.2) + 8, 200, lit(s, "#467f3a")), person(w * 0.3, low(w * 0.3) + 14, 120, { shirt: lit(s, "#3d6fa8"), pants: lit(s, "#2b2b33"), hat: true }));
  vignette(s);
  return s;
}

function landRiverBoats(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.noon);
  const { rng, w, h } = s;
  const horizon = h * 0.4;
  drawSky(s, horizon);
  drawSun(s, w * 0.2, h * 0.1, 30);
  drawClouds(s, 5, h * 0.05, h * 0.25, 180, 380);
  mountainLayer(s, rng, horizon + 4, 7, 50, 140, 0.5, far(s, "#6f8fa8", 0.5));
  mist(s, horizon, 50, 0.5);
  treeLine(s, (x) => horizon + 2 - Math.abs(Math.sin(x / 300)) * 8, far(s, "#4f8a45", 0.35), 16);
  drawWater(s, horizon + 6, h, 110);
  const bankEdge = (t: number): Pt => [w * 0.46 * (1 - t) ** 1.4 - 40 * t, horizon + 10 + (h * 0.8 - horizon - 10) * t];
  const edge: Pt[] = Array.from({ length: 30 }, (_, i) => bankEdge(i / 29));
  const mud: Pt[] = edge.map(([x, y], i) => [x + 6 + (i / 29) * 40, y + 2 + (i / 29) * 14]);
  const bank =
    path(poly([[-20, horizon + 10], ...mud, [-20, h * 0.9]]), lit(s, "#8f7a52")) +
    path(poly([[-20, horizon + 10], ...edge, [-20, h * 0.85]]), vgrad(s, horizon, h * 0.8, [[0, far(s, "#7aa84e", 0.2)], [1, lit(s, "#4f7f38")]]));
  s.body.push(bank);
  let trees = "";
  for (let i = 0; i < 9; i++) {
    const t = i / 8;
    const y = horizon + 14 + (h * 0.62 - horizon) * t * t;
    const [ex] = bankEdge(t * t);
    const x = ex - 50 - between(rng, 0, 60) * (0.3 + t);
    trees += chance(rng, 0.6) ? palm(s, x, y, 160 + 520 * t * t, between(rng, 10, 60) * (0.3 + t), lit(s, vary(rng, "#4d8a3a", 0.08))) : bamboo(s, x, y, 120 + 300 * t * t, 80 + 200 * t * t, lit(s, "#5f9640"));
  }
  s.body.push(trees, house(s, w * 0.18, horizon + 48, 130));
  const boats: { y: number; svg: string }[] = [];
  for (const [bx, by, L] of [
    [w * 0.62, h * 0.58, 210],
    [w * 0.78, h * 0.72, 330],
    [w * 0.5, h * 0.88, 470],
  ] as const) {
    const svg = boat(s, bx, by, L, true, chance(rng, 0.5) ? 1 : -1);
    boats.push({ y: by, svg: mirror(svg, by + L * 0.05, 0.25) + svg });
  }
  s.body.push(boats.map((b) => b.svg).join(""));
  vignette(s);
  return s;
}

function landMountainDawn(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.dawn);
  const { rng, w, h } = s;
  const horizon = h * 0.62;
  drawSky(s, horizon);
  drawSun(s, w * 0.56, h * 0.4, 46, 9);
  drawClouds(s, 3, h * 0.1, h * 0.28, 220, 420);
  const layers = ["#9c8fb0", "#7f7aa3", "#625f8e", "#4a4a78", "#35375f"];
  layers.forEach((c, i) => {
    const base = h * (0.5 + i * 0.11);
    mountainLayer(s, rng, base, 6 - Math.min(i, 3), 120 - i * 10, 260 - i * 20, 0.55 + i * 0.06, mix(c, s.light.haze, 0.35 - i * 0.07));
    mist(s, base + 10, 90, 0.55 - i * 0.08, lighten(s.light.haze, 0.15));
  });
  let pines = "";
  const ridge = waves(rng, 500, 3);
  const fy = (x: number): number => h * 0.93 + ridge(x) * 30;
  for (let x = -20; x < w + 20; x += between(rng, 22, 60)) {
    const ph = between(rng, 60, 180);
    pines += tallTree(x, fy(x) + 10, ph, "#242646");
  }
  s.body.push(pines);
  hillLayer(s, fy, "#23253f", h + 10, 0);
  s.body.push(birds(s, w * 0.35, h * 0.3, 6, 10, "#3a3150"));
  vignette(s, 0.22);
  return s;
}

function landLotus(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.morning);
  const { rng, w, h } = s;
  const horizon = h * 0.4;
  drawSky(s, horizon);
  drawSun(s, w * 0.25, h * 0.12, 30);
  drawClouds(s, 4, h * 0.06, h * 0.24);
  const ridge = waves(rng, 400, 3);
  const treeY = (x: number): number => horizon - 40 + ridge(x) * 20;
  treeLine(s, treeY, far(s, "#4a7f45", 0.3), 40);
  hillLayer(s, (x) => treeY(x) + 20, far(s, "#4a7f45", 0.3), horizon + 10, 0);
  s.body.push(templeHall(w * 0.62, horizon + 6, 260, far(s, "#e9dcc0", 0.2), far(s, "#8a4a3a", 0.2)));
  let far1 = "";
  for (let x = 20; x < w; x += between(rng, 110, 200)) far1 += roundTree(s, x, horizon + 8, between(rng, 90, 150), far(s, vary(rng, "#3f7d3a", 0.1), 0.25));
  s.body.push(far1);
  drawWater(s, horizon + 6, h, 40);
  const items: { y: number; svg: string }[] = [];
  for (let i = 0; i < 130; i++) {
    const t = rng() ** 0.75;
    const y = horizon + 16 + (h + 40 - horizon) * t;
    const k = 0.1 + 1.2 * t;
    const x = between(rng, -0.05, 1.05) * w;
    items.push({ y, svg: lotusLeaf(s, x, y, between(rng, 60, 120) * k, lit(s, pick(rng, ["#4f9a45", "#5aa34a", "#3f8a3e"]))) });
    if (chance(rng, 0.22) && t > 0.05) items.push({ y: y + 0.5, svg: lotusFlower(s, x + between(rng, -20, 20) * k, y - between(rng, 80, 170) * k, 70 * k, chance(rng, 0.7)) });
  }
  items.sort((a, b) => a.y - b.y);
  s.body.push(items.map((i) => i.svg).join(""));
  vignette(s);
  return s;
}

function landBambooVillage(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.golden);
  const { rng, w, h } = s;
  const horizon = h * 0.52;
  drawSky(s, horizon);
  drawSun(s, w * 0.82, h * 0.22, 36);
  drawClouds(s, 4, h * 0.06, h * 0.26);
  mountainLayer(s, rng, horizon - 10, 5, 60, 150, 0.5, far(s, "#8a8fa0", 0.5));
  mist(s, horizon - 10, 60, 0.5);
  s.body.push(rect(0, horizon - 20, w, h - horizon + 20, vgrad(s, horizon - 20, h, [[0, lit(s, "#9cbf5a")], [1, lit(s, "#6f9a3c")]])));
  const path1 = ribbon(s, horizon + 60, w * 0.5, w * 0.42, 150, 220, 0.7, 1.3);
  const items: { y: number; svg: string }[] = [];
  items.push({ y: horizon + 40, svg: bamboo(s, w * 0.2, horizon + 40, 330, 300, lit(s, "#4f8a3a")) });
  items.push({ y: horizon + 36, svg: bamboo(s, w * 0.78, horizon + 36, 300, 320, lit(s, "#4f8a3a")) });
  items.push({ y: horizon + 50, svg: house(s, w * 0.34, horizon + 50, 190) });
  items.push({ y: horizon + 58, svg: house(s, w * 0.56, horizon + 58, 220, lit(s, "#f0dcb0")) });
  items.push({ y: horizon + 64, svg: bamboo(s, w * 0.5, horizon + 64, 240, 200, lit(s, "#5a9440")) });
  items.push({ y: horizon + 70, svg: bamboo(s, w * 0.02, horizon + 80, 420, 380, lit(s, "#437c33")) });
  items.push({ y: horizon + 72, svg: roundTree(s, w * 0.93, horizon + 90, 260, lit(s, "#3f7a35")) });
  items.push({ y: h * 0.78, svg: haystack(w * 0.2, h * 0.8, 170, lit(s, "#d9b45a")) + haystack(w * 0.28, h * 0.77, 120, lit(s, "#cfa94f")) });
  items.push({ y: h * 0.82, svg: bamboo(s, w * 0.95, h * 0.95, 600, 400, lit(s, "#3d7530")) });
  const py = h * 0.74;
  const pa = path1.at(py);
  const walker = person(pa.cx, py, 150, { shirt: lit(s, "#f1ede2"), pants: lit(s, "#2b2b33"), hat: true });
  const pole =
    line(pa.cx - 70, py - 118, pa.cx + 70, py - 122, "#7a5a3a", 4) +
    line(pa.cx - 66, py - 118, pa.cx - 66, py - 60, "#5a4330", 1.5) +
    line(pa.cx + 66, py - 122, pa.cx + 66, py - 60, "#5a4330", 1.5) +
    path(`M${n(pa.cx - 88)} ${n(py - 62)}L${n(pa.cx - 44)} ${n(py - 62)}L${n(pa.cx - 52)} ${n(py - 30)}L${n(pa.cx - 80)} ${n(py - 30)}Z`, lit(s, "#b08a55")) +
    path(`M${n(pa.cx + 44)} ${n(py - 62)}L${n(pa.cx + 88)} ${n(py - 62)}L${n(pa.cx + 80)} ${n(py - 30)}L${n(pa.cx + 52)} ${n(py - 30)}Z`, lit(s, "#b08a55"));
  items.push({ y: py, svg: walker + pole });
  s.body.push(path(path1.d, vgrad(s, horizon + 60, h, [[0, lit(s, "#d9c08a")], [1, lit(s, "#c3a06a")]])));
  items.sort((a, b) => a.y - b.y);
  s.body.push(items.map((i) => i.svg).join(""));
  vignette(s);
  return s;
}

function landSunsetFields(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.sunset);
  const { rng, w, h } = s;
  const horizon = h * 0.56;
  drawSky(s, horizon);
  drawSun(s, w * 0.62, horizon - 50, 58, 10);
  drawClouds(s, 4, h * 0.08, h * 0.32, 240, 460);
  mountainLayer(s, rng, horizon - 8, 6, 40, 110, 0.45, mix("#6a4a6a", s.light.haze, 0.4));
  const ridge = waves(rng, 500, 3);
  const treeY = (x: number): number => horizon - 8 + ridge(x) * 6;
  treeLine(s, treeY, "#4a3450", 22);
  hillLayer(s, (x) => treeY(x) + 6, "#4a3450", horizon + 20, 0);
  paddies(s, horizon + 8, w * 0.62, ["#d9a24a", "#cf9440", "#e6b35a", "#c48a3c"], 0.15);
  sunGlitter(s, w * 0.62, horizon + 10, horizon + 80, 80);
  const y = h * 0.76;
  s.body.push(buffalo(w * 0.3, y, 200, "#2c2130"));
  s.body.push(person(w * 0.2, y + 6, 170, { shirt: "#2c2130", pants: "#2c2130", skin: "#2c2130", hair: "#2c2130", hat: true, hatColors: ["#2c2130", "#2c2130"] }));
  s.body.push(line(w * 0.205, y - 80, w * 0.24, y - 100, "#2c2130", 2.5));
  s.body.push(birds(s, w * 0.45, h * 0.25, 7, 11, "#3a2440"));
  vignette(s, 0.3);
  return s;
}

function landPagoda(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.dusk);
  const { rng, w, h } = s;
  const horizon = h * 0.64;
  drawSky(s, horizon);
  drawStars(s, 110, horizon * 0.6);
  drawMoon(s, w * 0.8, h * 0.16, 32);
  drawClouds(s, 3, h * 0.2, h * 0.4, 260, 420);
  mountainLayer(s, rng, horizon, 6, 50, 160, 0.45, mix("#5a4a7a", s.light.haze, 0.35));
  const sil = "#211c38";
  const ridge = waves(rng, 500, 3);
  let land = "";
  const px = w * 0.36;
  land += path(`M${n(px - 420)} ${n(horizon + 2)}Q${n(px - 200)} ${n(horizon - 40)} ${n(px)} ${n(horizon - 46)}Q${n(px + 240)} ${n(horizon - 40)} ${n(px + 460)} ${n(horizon + 2)}Z`, sil);
  land += pagoda(px, horizon - 40, 210, 7, sil, sil);
  for (let x = px - 400; x < px + 440; x += between(rng, 28, 60)) {
    if (Math.abs(x - px) < 110) continue;
    const gy = horizon - 40 + Math.pow(Math.abs(x - px) / 440, 1.5) * 40;
    land += chance(rng, 0.5) ? tallTree(x, gy + 4, between(rng, 70, 150), sil) : circle(x, gy - 20, between(rng, 22, 38), sil);
  }
  land += path(below(s, (x) => horizon - 6 + ridge(x) * 4 + (Math.abs(x - px) < 460 ? 30 : 0), horizon + 4), sil);
  let windows = "";
  for (let i = 0; i < 4; i++) windows += rect(px - 16 + (i % 2) * 22, horizon - 120 - Math.floor(i / 2) * 48, 10, 16, "#ffcb6b", ` opacity="0.9"`);
  drawWater(s, horizon, h, 40);
  s.body.push(land + windows);
  s.body.push(`<g clip-path="${clipPath(s, `M0 ${n(horizon)}H${w}V${h}H0Z`)}">${mirror(land + windows, horizon + 2, 0.4)}</g>`);
  let shimmer = "";
  for (let i = 0; i < 40; i++) {
    const y = horizon + (h - horizon) * rng();
    shimmer += rect(w * 0.8 + between(rng, -1, 1) * 60 * (1 + (y - horizon) / 300), y, between(rng, 20, 70), 2.5, "#fbf3d8", ` opacity="${n(between(rng, 0.2, 0.6))}" rx="1"`);
  }
  s.body.push(shimmer);
  // Recolour every part of the boat so it reads as a silhouette against the lit water.
  s.body.push(boat(s, w * 0.68, h * 0.84, 260, true, -1).replace(/fill="#[0-9a-f]{6}"/g, `fill="${sil}"`).replace(/stroke="#[0-9a-f]{6}"/g, `stroke="${sil}"`));
  vignette(s, 0.3);
  return s;
}

function landBridge(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.morning);
  const { rng, w, h } = s;
  const horizon = h * 0.5;
  drawSky(s, horizon);
  drawSun(s, w * 0.3, h * 0.12, 32);
  drawClouds(s, 4, h * 0.06, h * 0.26);
  mountainLayer(s, rng, horizon - 40, 6, 60, 170, 0.5, far(s, "#6f8fa8", 0.5));
  mist(s, horizon - 40, 60, 0.5);
  const ridge = waves(rng, 400, 3);
  const treeY = (x: number): number => horizon - 60 + ridge(x) * 20;
  treeLine(s, treeY, far(s, "#4a7f45", 0.25), 40);
  hillLayer(s, (x) => treeY(x) + 20, far(s, "#4a7f45", 0.25), horizon + 40, 0);
  let bankTrees = "";
  for (let x = -30; x < w + 40; x += between(rng, 90, 170)) bankTrees += chance(rng, 0.4) ? palm(s, x, horizon + 30, between(rng, 180, 260), between(rng, -30, 30), lit(s, "#4d8a3a")) : roundTree(s, x, horizon + 30, between(rng, 120, 190), lit(s, vary(rng, "#3f7d3a", 0.1)));
  bankTrees += house(s, w * 0.08, horizon + 30, 170) + house(s, w * 0.8, horizon + 30, 150, lit(s, "#f0dcb0"));
  s.body.push(bankTrees);
  s.body.push(rect(0, horizon + 22, w, 14, lit(s, "#8a7a5a")));
  const wl = horizon + 34;
  drawWater(s, wl, h, 70);
  s.body.push(rect(0, wl, w, 14, vgrad(s, wl, wl + 14, [[0, darken(s.light.water[0], 0.15), 0.5], [1, s.light.water[0], 0]])));
  // The bridge stands out in the river so the arches frame water and the far bank.
  const by = wl + 150;
  const stone = lit(s, "#a48d6e");
  const bx0 = w * 0.12;
  const bx1 = w * 0.88;
  const deckY = by - 165;
  const spans = [0.22, 0.28, 0.22] as const;
  const spanTotal = spans.reduce((a, b) => a + b, 0);
  const gap = ((bx1 - bx0) * (1 - spanTotal)) / 4;
  let d = `M${n(bx0 - 110)} ${n(by)}L${n(bx0 - 110)} ${n(by - 20)}Q${n(bx0 - 40)} ${n(deckY + 30)} ${n(bx0)} ${n(deckY)}L${n(bx1)} ${n(deckY)}Q${n(bx1 + 40)} ${n(deckY + 30)} ${n(bx1 + 110)} ${n(by - 20)}L${n(bx1 + 110)} ${n(by)}`;
  let rings = "";
  let x = bx1 - gap;
  for (let i = spans.length - 1; i >= 0; i--) {
    const sw = (bx1 - bx0) * (spans[i] ?? 0.2);
    const ah = i === 1 ? 125 : 100;
    const arch = `${n(x)} ${n(by)}Q${n(x)} ${n(by - ah * 1.3)} ${n(x - sw / 2)} ${n(by - ah * 1.3)}Q${n(x - sw)} ${n(by - ah * 1.3)} ${n(x - sw)} ${n(by)}`;
    d += `L${arch}`;
    rings += `M${arch}`;
    x -= sw + gap;
  }
  d += "Z";
  let courses = "";
  for (let y = deckY + 16; y < by; y += 18) courses += `M${n(bx0 - 120)} ${n(y)}H${n(bx1 + 120)}`;
  const bridgeClip = clipPath(s, d);
  const bridge =
    path(d, vgrad(s, deckY, by, [[0, lighten(stone, 0.12)], [1, darken(stone, 0.12)]])) +
    `<g clip-path="${bridgeClip}"><path d="${courses}" stroke="${darken(stone, 0.3)}" stroke-width="1.5" opacity="0.25"/>` +
    `<path d="${rings}" fill="none" stroke="${darken(stone, 0.25)}" stroke-width="22" opacity="0.6"/>` +
    `<path d="${rings}" fill="none" stroke="${lighten(stone, 0.2)}" stroke-width="3" opacity="0.6" transform="translate(0 -11)"/></g>` +
    rect(bx0 - 10, deckY - 28, bx1 - bx0 + 20, 10, darken(stone, 0.15)) +
    Array.from({ length: 28 }, (_, i) => rect(bx0 + (i * (bx1 - bx0)) / 27 - 4, deckY - 20, 8, 20, darken(stone, 0.1))).join("") +
    rect(bx0 - 10, deckY - 4, bx1 - bx0 + 20, 10, darken(stone, 0.28));
  s.body.push(`<g clip-path="${clipPath(s, `M0 ${n(by)}H${w}V${h}H0Z`)}">${mirror(bridge, by, 0.35)}</g>`, bridge);
  const walkers = randomPerson(s, w * 0.42, deckY - 4, 70, { hat: true }) + randomPerson(s, w * 0.46, deckY - 4, 66, {});
  s.body.push(walkers);
  const b = boat(s, w * 0.62, h * 0.9, 340, true, -1);
  s.body.push(mirror(b, h * 0.9 + 17, 0.25), b);
  vignette(s);
  return s;
}

function landKarst(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.morning);
  const { rng, w, h } = s;
  const horizon = h * 0.6;
  drawSky(s, horizon);
  drawSun(s, w * 0.7, h * 0.12, 30);
  drawClouds(s, 3, h * 0.06, h * 0.22, 200, 380);
  const layerCols = ["#8fa7a8", "#6f9275", "#4f7c4f"];
  let reflect = "";
  layerCols.forEach((c, i) => {
    const fn = karstRange(rng, w, horizon + 4, 5 + i, 180 + i * 60, 330 + i * 90, 70 + i * 20, 130 + i * 30);
    const col = far(s, c, 0.45 - i * 0.18);
    const top = minOf(fn, -20, w + 20);
    const shape = path(below(s, fn, horizon + 6), vgrad(s, top, horizon, [[0, lighten(col, 0.05)], [0.7, col], [1, mix(col, s.light.haze, 0.4)]]));
    s.body.push(shape);
    reflect += shape;
    mist(s, horizon - 10, 70, 0.45 - i * 0.1);
  });
  drawWater(s, horizon, h, 80);
  s.body.push(`<g clip-path="${clipPath(s, `M0 ${n(horizon)}H${w}V${h}H0Z`)}">${mirror(reflect, horizon + 2, 0.35)}</g>`);
  s.body.push(rect(0, horizon, w, 20, vgrad(s, horizon, horizon + 20, [[0, s.light.haze, 0.5], [1, s.light.haze, 0]])));
  for (const [bx, by, L] of [
    [w * 0.3, h * 0.72, 220],
    [w * 0.62, h * 0.88, 420],
  ] as const) {
    const b = boat(s, bx, by, L, true, bx > w / 2 ? -1 : 1);
    s.body.push(mirror(b, by + L * 0.05, 0.22), b);
  }
  vignette(s);
  return s;
}

function landTeaHills(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.morning);
  const { rng, w, h } = s;
  const horizon = h * 0.36;
  drawSky(s, horizon);
  drawSun(s, w * 0.15, h * 0.1, 30);
  drawClouds(s, 4, h * 0.05, h * 0.22);
  mountainLayer(s, rng, horizon + 30, 6, 80, 200, 0.5, far(s, "#6f8fa8", 0.5));
  mist(s, horizon + 20, 80, 0.6);
  const domes = [
    { cx: w * 0.2, top: h * 0.42, half: w * 0.45, depth: 0.35 },
    { cx: w * 0.8, top: h * 0.46, half: w * 0.5, depth: 0.25 },
    { cx: w * 0.45, top: h * 0.58, half: w * 0.55, depth: 0.1 },
    { cx: w * 0.95, top: h * 0.74, half: w * 0.45, depth: 0 },
  ];
  for (const dm of domes) {
    const fn: Fn = (x) => {
      const u = (x - dm.cx) / dm.half;
      return dm.top + (Math.abs(u) < 1 ? (1 - Math.pow(1 - u * u, 0.6)) * h * 0.5 : h * 0.5 + Math.abs(u) * 10);
    };
    const col = far(s, "#5f9e3f", dm.depth);
    const shape = below(s, fn, h + 10);
    s.body.push(path(shape, vgrad(s, dm.top, h, [[0, lighten(col, 0.12)], [1, darken(col, 0.12)]])));
    let rows = "";
    const gap = 14 + (1 - dm.depth) * 16;
    for (let k = 1; k < 60; k++) rows += trace((x) => fn(x) + k * gap * (1 + k * 0.02), -20, w + 20, 12);
    s.body.push(`<g clip-path="${clipPath(s, shape)}"><path d="${rows}" fill="none" stroke="${darken(col, 0.28)}" stroke-width="${n(gap * 0.42)}" opacity="0.55"/><path d="${rows}" fill="none" stroke="${lighten(col, 0.25)}" stroke-width="${n(gap * 0.12)}" opacity="0.6" transform="translate(0 ${n(-gap * 0.3)})"/></g>`);
    const tx = dm.cx + between(rng, -0.4, 0.4) * dm.half;
    if (dm.depth > 0) s.body.push(tallTree(tx, fn(tx) + 10, 140 * (1 - dm.depth * 0.8), far(s, "#2f6a35", dm.depth)));
  }
  let pickers = "";
  for (const [x, y, ph] of [
    [w * 0.3, h * 0.8, 140],
    [w * 0.38, h * 0.84, 150],
    [w * 0.72, h * 0.95, 180],
  ] as const) {
    pickers += person(x, y, ph, { shirt: lit(s, pick(rng, ["#3d6fa8", "#c0392b", "#7a5c8f", "#f3efe4"])), pants: lit(s, "#2b2b33"), hat: true, bag: lit(s, "#b08a55") });
    pickers += rect(x - ph * 0.25, y - ph * 0.22, ph * 0.5, ph * 0.24, lit(s, "#4f8a35"), ` rx="${n(ph * 0.1)}"`);
  }
  s.body.push(pickers);
  vignette(s);
  return s;
}

function landCoconutCanal(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.golden);
  const { rng, w, h } = s;
  const horizon = h * 0.48;
  drawSky(s, horizon);
  drawSun(s, w * 0.5, horizon - 90, 40);
  drawClouds(s, 4, h * 0.06, h * 0.28);
  s.body.push(rect(0, horizon - 10, w, h - horizon + 10, vgrad(s, horizon, h, [[0, far(s, "#6f9a45", 0.3)], [1, lit(s, "#4f7f33")]])));
  const ridge = waves(rng, 300, 3);
  treeLine(s, (x) => horizon + 2 + ridge(x) * 3, far(s, "#4a7a3a", 0.35), 14);
  const vx = w * 0.5;
  const canal = ribbon(s, horizon, vx, w * 0.5, 520, 260, 0.5, 0.6);
  s.body.push(path(canal.band(-1.1, 1.1), lit(s, "#8f7a52")));
  s.body.push(path(canal.d, vgrad(s, horizon, h, [[0, mix(s.light.sky[2], s.light.water[0], 0.3)], [0.4, s.light.water[0]], [1, s.light.water[1]]])));
  sunGlitter(s, w * 0.5, horizon + 4, h * 0.7, 60);
  const items: { y: number; svg: string }[] = [];
  for (let d = 1.02; d < 26; d *= 1.12) {
    for (const side of [-1, 1]) {
      const y = canal.yAtDepth(d + between(rng, 0, 0.15));
      const a = canal.at(y);
      const k = (y - horizon) / (h - horizon);
      const x = a.cx + side * (a.half * 1.1 + between(rng, 10, 80) * k);
      const nipa = chance(rng, 0.35);
      items.push({
        y,
        svg: nipa
          ? bamboo(s, x, y + 6 * k, 280 * k, 300 * k, lit(s, "#5a8f3a"))
          : palm(s, x, y, 680 * k * between(rng, 0.8, 1.1), -side * between(rng, 60, 160) * k, lit(s, vary(rng, "#4d8a3a", 0.1))),
      });
    }
  }
  items.sort((a, b) => a.y - b.y);
  const trees = items.map((i) => i.svg).join("");
  s.body.push(trees);
  const by = h * 0.8;
  const ba = canal.at(by);
  const b = boat(s, ba.cx + 60, by, 380, true, -1);
  s.body.push(mirror(b, by + 19, 0.25), b);
  vignette(s);
  return s;
}

function landFlowerHills(seed: number): Scene {
  const s = newScene(LAND_W, LAND_H, seed, LIGHTS.noon);
  const { rng, w, h } = s;
  const horizon = h * 0.42;
  drawSky(s, horizon);
  drawSun(s, w * 0.85, h * 0.1, 28);
  drawClouds(s, 5, h * 0.05, h * 0.22);
  mountainLayer(s, rng, horizon + 10, 5, 160, 300, 0.75, far(s, "#73849a", 0.45));
  mist(s, horizon, 70, 0.5);
  mountainLayer(s, rng, horizon + 80, 5, 100, 220, 0.6, far(s, "#64806a", 0.25));
  const hills = [
    { base: h * 0.6, col: "#cf8fb0", depth: 0.3 },
    { base: h * 0.72, col: "#de94b8", depth: 0.12 },
    { base: h * 0.86, col: "#e89cc0", depth: 0 },
  ];
  hills.forEach((hl, idx) => {
    const wv = waves(rng, 900, 3);
    const fn: Fn = (x) => hl.base + wv(x) * 55;
    const col = far(s, hl.col, hl.depth);
    hillLayer(s, fn, col, h + 10, 0.1);
    const clip = clipPath(s, below(s, fn));
    // Patches of leaf-green and paler bloom break up the pink carpet.
    let patches = "";
    for (let i = 0; i < 7; i++) {
      const x = rng() * w;
      const y = fn(x) + between(rng, 20, 160);
      patches += ellipse(x, y, between(rng, 80, 220), between(rng, 18, 45), chance(rng, 0.45) ? far(s, "#8fae6a", hl.depth) : far(s, "#f5c6dc", hl.depth), ` opacity="0.55"`);
    }
    let dots = "";
    const scale = 1 - hl.depth * 1.8;
    for (let i = 0; i < 420; i++) {
      const x = rng() * w;
      const y = fn(x) + 6 + rng() ** 1.4 * (h - fn(x));
      const r = between(rng, 1.8, 4.5) * scale * (0.8 + (y - hl.base) / 250);
      dots += circle(x, y, r, far(s, pick(rng, ["#fdf3f7", "#fbd3e4", "#c2508a", "#f6b6d2", "#a8447a"]), hl.depth));
    }
    // Dots already sit below the ridge, so only the broad patches need clipping (clipping is slow in librsvg).
    s.body.push(`<g clip-path="${clip}">${patches}</g>`, dots);
    if (idx === 1) {
      // Dry-stone wall and a rammed-earth house, typical of the northern highlands.
      let fence = "";
      for (let row = 0; row < 3; row++) {
        for (let x = w * 0.02 + row * 9; x < w * 0.58; x += between(rng, 22, 32)) {
          const y = fn(x) - 10 - row * 13 + 18;
          fence += ellipse(x, y, between(rng, 12, 17), between(rng, 7, 9), lit(s, vary(rng, "#9a978e", 0.15)), ` stroke="${lit(s, "#6f6c66")}" stroke-width="1"`);
        }
      }
      const hx = w * 0.68;
      fence += roundTree(s, hx - 50, fn(hx - 50) + 14, 190, lit(s, "#4f8a3a"));
      fence += house(s, hx, Math.max(fn(hx), fn(hx + 240)) + 10, 240, lit(s, "#d8b27a"), lit(s, "#5f5650"));
      s.body.push(fence);
    }
  });
  s.body.push(person(w * 0.22, h * 0.97, 150, { shirt: lit(s, "#2f4f8f"), pants: lit(s, "#1f2a44"), hat: false, bag: lit(s, "#b08a55") }));
  vignette(s);
  return s;
}

const LANDSCAPE_BUILDERS: readonly ((seed: number) => Scene)[] = [
  landTerraces,
  landRiverBoats,
  landMountainDawn,
  landLotus,
  landBambooVillage,
  landSunsetFields,
  landPagoda,
  landBridge,
  landKarst,
  landTeaHills,
  landCoconutCanal,
  landFlowerHills,
];

export const landscapeCaptions: { title: string; alt: string }[] = [
  {
    title: "Ruộng bậc thang mùa lúa chín ở xã Phong Sơn",
    alt: "Ba quả đồi phủ kín ruộng bậc thang vàng xanh uốn lượn theo sườn, trên đỉnh đồi có một mái nhà nhỏ và cây xanh, phía xa là dãy núi mờ sương dưới bầu trời buổi sáng.",
  },
  {
    title: "Thuyền nan trên sông Đào buổi trưa",
    alt: "Dòng sông rộng xanh trong với ba chiếc thuyền nan có mái che, người chèo đội nón lá; bên bờ trái là hàng dừa, lũy tre và một mái nhà ngói đỏ.",
  },
  {
    title: "Bình minh trên dãy núi phía tây huyện",
    alt: "Mặt trời mọc sau nhiều lớp núi tím hồng chồng lên nhau, sương mù phủ thung lũng, hàng cây sẫm màu ở tiền cảnh và đàn chim bay trên trời.",
  },
  {
    title: "Đầm sen làng Thượng mùa hạ",
    alt: "Mặt đầm phủ kín lá sen xanh với nhiều bông sen hồng đang nở và búp sen, phía sau là hàng cây và mái đình cổ.",
  },
  {
    title: "Lũy tre làng Đông Phú chiều nắng",
    alt: "Con đường đất dẫn vào làng giữa những bụi tre xanh và mái nhà ngói đỏ, một người đội nón gánh hai thúng đi trên đường, bên cạnh là hai đụn rơm.",
  },
  {
    title: "Hoàng hôn trên cánh đồng xã Minh Tân",
    alt: "Mặt trời lặn đỏ cam trên cánh đồng lúa chín, bóng người nông dân đội nón dắt trâu trên ruộng và đàn chim bay trên bầu trời.",
  },
  {
    title: "Chùa cổ soi bóng mặt hồ lúc chạng vạng",
    alt: "Bóng ngôi chùa tháp nhiều tầng giữa hàng cây in trên nền trời tím có trăng và sao, soi bóng xuống mặt hồ cùng một con thuyền nhỏ.",
  },
  {
    title: "Cầu đá ba nhịp bắc qua sông Cái",
    alt: "Cây cầu đá ba nhịp vòm bắc qua dòng sông, hai người đang đi trên cầu, một chiếc thuyền nan có người chèo ở phía trước, bờ xa có hàng dừa, cây xanh và mái nhà.",
  },
  {
    title: "Núi đá vôi soi bóng dòng sông Vân",
    alt: "Những khối núi đá vôi xanh thẫm nhô lên bên mặt nước phẳng lặng có sương mỏng, hai chiếc thuyền nan với người chèo đội nón lá đang xuôi dòng.",
  },
  {
    title: "Đồi chè xanh ở xã Tân Lập",
    alt: "Những quả đồi tròn phủ kín các hàng chè xanh chạy vòng theo sườn đồi, ba người hái chè đội nón, đeo gùi đang làm việc.",
  },
  {
    title: "Kênh rạch rợp bóng dừa miền sông nước",
    alt: "Con kênh uốn khúc dưới nắng chiều vàng, hai bên bờ là hàng dừa nghiêng mình và bụi dừa nước, giữa kênh là một chiếc xuồng có người chèo đội nón lá.",
  },
  {
    title: "Đồi hoa tam giác mạch nở hồng",
    alt: "Những sườn đồi phủ đầy hoa tam giác mạch màu hồng, một bờ rào đá, ngôi nhà tường đất mái ngói và dãy núi xanh phía xa dưới trời trong; một người đeo gùi đứng ở tiền cảnh.",
  },
];

/* ------------------------------------------------------------------ public API */

async function encode(s: Scene): Promise<Buffer> {
  return sharp(Buffer.from(toSvg(s))).jpeg(JPEG_OPTIONS).toBuffer();
}

/** A 1600x900 JPEG illustration for an article cover, deterministic for a given (theme, seed). */
export async function renderCover(theme: CoverTheme, seed: number): Promise<Buffer> {
  const build = COVER_BUILDERS[theme];
  if (!build) throw new RangeError(`Unknown cover theme: ${String(theme)}`);
  if (!Number.isFinite(seed)) throw new RangeError(`Cover seed must be a finite number, got ${seed}`);
  return encode(build((hashString(theme) ^ Math.trunc(seed)) >>> 0));
}

/** A 1600x1067 JPEG countryside "photo"; indices 0..11 are distinct scenes, others wrap with a new seed. */
export async function renderLandscape(index: number): Promise<Buffer> {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Landscape index must be a non-negative integer, got ${index}`);
  const build = LANDSCAPE_BUILDERS[index % LANDSCAPE_COUNT];
  if (!build) throw new RangeError(`No landscape for index ${index}`);
  return encode(build((0x5eed + index * 7919) >>> 0));
}

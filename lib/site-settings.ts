import { z } from "zod";
import { toPlainText } from "./sanitize";

/**
 * A site's settings (contact, footer, weather cities, links): the one schema the settings
 * form's action and the data layer (db/settings.ts) share, and the types pages, feeds and
 * JSON-LD read. Pure, so any layer may use it.
 */

/** Plain text (tags dropped, as every other text field), with Vietnamese messages. */
const text = (max: number, label: string, required = false) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .transform(toPlainText)
    .pipe(required ? z.string().min(1, `Vui lòng nhập ${label.toLowerCase()}.`).max(max, `${label} tối đa ${max} ký tự.`) : z.string().max(max, `${label} tối đa ${max} ký tự.`));

const phone = (label: string) =>
  text(40, label).refine((v) => v === "" || /^\+?[0-9][0-9 .()-]{4,}$/.test(v), `${label} chỉ gồm chữ số, dấu cách và các ký tự + ( ) . -, ví dụ 0227 3861 234.`);

/** "21,0285" is how many Vietnamese type a decimal: accept it; "" is missing, not 0. */
const coordinate = (label: string, limit: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
    z
      .number({ error: `Nhập ${label.toLowerCase()} dạng số, ví dụ ${limit === 90 ? "21.0285" : "105.8542"}.` })
      .min(-limit, `${label} phải từ -${limit} đến ${limit}.`)
      .max(limit, `${label} phải từ -${limit} đến ${limit}.`),
  );

export const weatherCitySchema = z.object({
  name: text(80, "Tên thành phố", true),
  latitude: coordinate("Vĩ độ", 90),
  longitude: coordinate("Kinh độ", 180),
});

export const MAX_WEATHER_CITIES = 6;
export const MAX_LINKS = 30;

const HTTPS_MESSAGE = "Nhập địa chỉ đầy đủ bắt đầu bằng https://, ví dụ https://chinhphu.vn.";

const linkSchema = z.object({
  label: text(120, "Tên liên kết", true),
  url: z
    .string({ error: "Địa chỉ không hợp lệ." })
    .trim()
    .max(500, "Địa chỉ tối đa 500 ký tự.")
    .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: HTTPS_MESSAGE }).startsWith("https://", HTTPS_MESSAGE)),
});

/**
 * A site's settings. The two names are optional: left empty, they are worded from the
 * site's kind and name (lib/site.ts), so no level is ever written into the defaults.
 */
export const siteSettingsSchema = z.object({
  portalName: text(120, "Tên cổng thông tin").default(""),
  agencyName: text(160, "Tên cơ quan chủ quản").default(""),
  address: text(240, "Địa chỉ").default(""),
  phone: phone("Điện thoại").default(""),
  fax: phone("Fax").default(""),
  hotline: phone("Đường dây nóng").default(""),
  email: z
    .string({ error: "Email không hợp lệ." })
    .trim()
    .max(120, "Email tối đa 120 ký tự.")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Email không hợp lệ, ví dụ vanphong@hungha.gov.vn.")
    .default(""),
  footerText: text(400, "Dòng chữ chân trang").default(""),
  responsiblePerson: text(200, "Người chịu trách nhiệm").default(""),
  weatherCities: z
    .array(weatherCitySchema)
    .max(MAX_WEATHER_CITIES, `Tối đa ${MAX_WEATHER_CITIES} thành phố.`)
    .default([
      { name: "Hà Nội", latitude: 21.0285, longitude: 105.8542 },
      { name: "Đà Nẵng", latitude: 16.0544, longitude: 108.2022 },
      { name: "TP Hồ Chí Minh", latitude: 10.7769, longitude: 106.7009 },
    ]),
  links: z.array(linkSchema).max(MAX_LINKS, `Tối đa ${MAX_LINKS} liên kết.`).default([]),
});
export type StoredSiteSettings = z.infer<typeof siteSettingsSchema>;
/** What pages use: the names always filled in. */
export type SiteSettings = StoredSiteSettings & { portalName: string; agencyName: string };
export type SiteSettingsInput = z.input<typeof siteSettingsSchema>;

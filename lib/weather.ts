import { SITE_TIME_ZONE } from "./format";
import "server-only";
import { z } from "zod";

/**
 * Current weather from Open-Meteo (no key needed). The provider URL is configurable so
 * tests run a local fake; a slow or broken provider costs at most TIMEOUT_MS and then
 * the caller shows its fallback.
 */
const DEFAULT_URL = "https://api.open-meteo.com/v1/forecast";
const TIMEOUT_MS = 2_000;

export type City = { name: string; latitude: number; longitude: number };
export type WeatherIconName = "sun" | "partly" | "cloud" | "fog" | "drizzle" | "rain" | "snow" | "storm" | "unknown";
export type CityWeather = { name: string; temperature: number; humidity: number; code: number; condition: string; icon: WeatherIconName };

const currentSchema = z.object({
  current: z.object({
    temperature_2m: z.number().finite(),
    relative_humidity_2m: z.number().finite(),
    weather_code: z.number().int(),
  }),
});
// One location answers an object, several an array of objects in the same order.
const responseSchema = z.union([z.array(currentSchema), currentSchema]);

/** WMO weather codes, as Open-Meteo reports them, in Vietnamese. */
export function describeWeather(code: number): { condition: string; icon: WeatherIconName } {
  if (code === 0) return { condition: "Trời quang", icon: "sun" };
  if (code <= 2) return { condition: "Ít mây", icon: "partly" };
  if (code === 3) return { condition: "Nhiều mây", icon: "cloud" };
  if (code === 45 || code === 48) return { condition: "Sương mù", icon: "fog" };
  if (code >= 51 && code <= 57) return { condition: "Mưa phùn", icon: "drizzle" };
  if ((code >= 61 && code <= 67) || (code >= 80 && code <= 82)) return { condition: code >= 65 || code === 82 ? "Mưa to" : "Có mưa", icon: "rain" };
  if ((code >= 71 && code <= 77) || code === 85 || code === 86) return { condition: "Có tuyết", icon: "snow" };
  if (code >= 95 && code <= 99) return { condition: "Có dông", icon: "storm" };
  return { condition: "Không xác định", icon: "unknown" };
}

export function weatherUrl(cities: City[], base = process.env.WEATHER_API_URL || DEFAULT_URL): string {
  const url = new URL(base);
  url.searchParams.set("latitude", cities.map((c) => c.latitude.toFixed(4)).join(","));
  url.searchParams.set("longitude", cities.map((c) => c.longitude.toFixed(4)).join(","));
  url.searchParams.set("current", "temperature_2m,relative_humidity_2m,weather_code");
  url.searchParams.set("timezone", SITE_TIME_ZONE);
  return url.toString();
}

/** Throws on a time-out, an HTTP error or a response of the wrong shape. */
export async function fetchWeather(cities: City[], timeoutMs = TIMEOUT_MS): Promise<CityWeather[]> {
  if (cities.length === 0) return [];
  const response = await fetch(weatherUrl(cities), { signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
  if (!response.ok) throw new Error(`weather provider answered ${response.status}`);
  const parsed = responseSchema.parse(await response.json());
  const list = Array.isArray(parsed) ? parsed : [parsed];
  if (list.length !== cities.length) throw new Error("weather provider answered for the wrong number of places");
  return cities.map((city, i) => {
    const current = list[i]!.current;
    return {
      name: city.name,
      temperature: Math.round(current.temperature_2m),
      humidity: Math.round(current.relative_humidity_2m),
      code: current.weather_code,
      ...describeWeather(current.weather_code),
    };
  });
}

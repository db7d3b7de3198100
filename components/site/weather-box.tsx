import { Suspense } from "react";
import { getSiteChrome, getWeather } from "@/db/reader-data";
import type { SiteInfo } from "@/lib/site";
import { SectionHeading } from "./section-heading";
import { WeatherIcon } from "./weather-icon";

const FALLBACK = "Dữ liệu thời tiết đang được cập nhật.";

async function WeatherList({ site }: { site: SiteInfo }) {
  const { settings } = await getSiteChrome(site);
  const weather = await getWeather(settings.weatherCities);
  if (!weather) return <p className="text-sm text-muted">{FALLBACK}</p>;
  return (
    <ul className="divide-y divide-stone-200">
      {weather.map((city) => (
        <li key={city.name} className="flex items-center justify-between gap-2 py-2">
          <span className="flex items-center gap-2">
            <WeatherIcon name={city.icon} className="h-9 w-9 shrink-0" />
            <span>
              <span className="block font-semibold">{city.name}</span>
              <span className="block text-xs text-muted">
                {city.condition} · Độ ẩm {city.humidity}%
              </span>
            </span>
          </span>
          <span className="text-xl font-bold tabular-nums text-brand-700">{city.temperature}°C</span>
        </li>
      ))}
    </ul>
  );
}

/** Streams in on its own: a slow or unreachable provider never holds up the page. */
export function WeatherBox({ site }: { site: SiteInfo }) {
  return (
    <section aria-labelledby="thoi-tiet" className="rounded bg-white p-4 shadow-sm">
      <SectionHeading id="thoi-tiet" title="Thời tiết" />
      <Suspense fallback={<p className="text-sm text-muted">{FALLBACK}</p>}>
        <WeatherList site={site} />
      </Suspense>
    </section>
  );
}

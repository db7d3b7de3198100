import { Suspense } from "react";
import { getSiteChrome, getWeather } from "@/db/reader-data";
import type { SiteInfo } from "@/lib/site";
import type { City, CityWeather } from "@/lib/weather";
import { SectionHeading } from "./section-heading";
import { WeatherIcon } from "./weather-icon";

const PENDING = "Đang cập nhật";

function CityRow({ name, weather }: { name: string; weather?: CityWeather }) {
  return (
    <li className="flex items-center justify-between gap-2 py-2">
      <span className="flex items-center gap-2">
        <WeatherIcon name={weather?.icon ?? "unknown"} className="h-9 w-9 shrink-0" />
        <span>
          <span className="block font-semibold">{name}</span>
          <span className="block text-xs text-muted">{weather ? `${weather.condition} · Độ ẩm ${weather.humidity}%` : PENDING}</span>
        </span>
      </span>
      <span className="text-xl font-bold tabular-nums text-brand-700">
        {weather ? (
          `${weather.temperature}°C`
        ) : (
          <>
            <span aria-hidden="true">—</span>
            <span className="sr-only">Chưa có nhiệt độ</span>
          </>
        )}
      </span>
    </li>
  );
}

/** The site's cities with "—" and "Đang cập nhật": while the provider answers, and when it does not. */
function CityPlaceholders({ cities }: { cities: City[] }) {
  return (
    <ul className="divide-y divide-stone-200">
      {cities.map((city) => (
        <CityRow key={city.name} name={city.name} />
      ))}
    </ul>
  );
}

export async function WeatherList({ cities }: { cities: City[] }) {
  const weather = await getWeather(cities);
  if (!weather) return <CityPlaceholders cities={cities} />;
  return (
    <ul className="divide-y divide-stone-200">
      {weather.map((city) => (
        <CityRow key={city.name} name={city.name} weather={city} />
      ))}
    </ul>
  );
}

/** Streams in on its own: a slow or unreachable provider never holds up the page, and the box is never empty. */
export async function WeatherBox({ site }: { site: SiteInfo }) {
  const { settings } = await getSiteChrome(site);
  const cities = settings.weatherCities;
  return (
    <section aria-labelledby="thoi-tiet" className="rounded bg-white p-4 shadow-sm">
      <SectionHeading id="thoi-tiet" title="Thời tiết" />
      {cities.length === 0 ? (
        <p className="text-sm text-muted">Chưa chọn thành phố nào để xem thời tiết.</p>
      ) : (
        <Suspense fallback={<CityPlaceholders cities={cities} />}>
          <WeatherList cities={cities} />
        </Suspense>
      )}
    </section>
  );
}

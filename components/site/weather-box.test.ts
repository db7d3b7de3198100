import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

const getWeather = vi.fn();
vi.mock("@/db/reader-data", () => ({ getWeather: (...args: unknown[]) => getWeather(...args), getSiteChrome: vi.fn() }));
const { WeatherList } = await import("./weather-box");

const CITIES = [
  { name: "Hà Nội", latitude: 21.03, longitude: 105.85 },
  { name: "Đà Nẵng", latitude: 16.05, longitude: 108.2 },
  { name: "TP Hồ Chí Minh", latitude: 10.82, longitude: 106.63 },
];

async function render() {
  return renderToStaticMarkup(createElement("div", null, await WeatherList({ cities: CITIES })));
}

describe("the weather box", () => {
  it("lists the site's cities with “—” and “Đang cập nhật” when the provider is unreachable", async () => {
    getWeather.mockResolvedValueOnce(null);
    const html = await render();
    for (const city of CITIES) expect(html).toContain(city.name);
    expect(html.match(/Đang cập nhật/g)).toHaveLength(3);
    expect(html.match(/>—</g)).toHaveLength(3);
    expect(html).toContain("Chưa có nhiệt độ");
  });

  it("shows each city's temperature and conditions when it answers", async () => {
    getWeather.mockResolvedValueOnce(CITIES.map((c, i) => ({ name: c.name, temperature: 20 + i, humidity: 70, code: 3, condition: "Nhiều mây", icon: "cloud" })));
    const html = await render();
    expect(html).toContain("22°C");
    expect(html).not.toContain("Đang cập nhật");
  });
});

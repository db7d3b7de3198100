import { afterEach, describe, expect, it } from "vitest";
import { describeWeather, fetchWeather } from "@/lib/weather";
import { startFakeWeather } from "../../e2e/support/fake-weather.mjs";

const cities = [
  { name: "Hà Nội", latitude: 21.0285, longitude: 105.8542 },
  { name: "Đà Nẵng", latitude: 16.0544, longitude: 108.2022 },
  { name: "TP Hồ Chí Minh", latitude: 10.7769, longitude: 106.7009 },
];

let close: (() => Promise<void>) | undefined;
async function provider(mode: "normal" | "hang" | "garbage" | "error") {
  const fake = await startFakeWeather(0, mode);
  close = fake.close;
  process.env.WEATHER_API_URL = fake.url;
}
afterEach(async () => {
  await close?.();
  delete process.env.WEATHER_API_URL;
});

describe("fetchWeather against a local fake provider", () => {
  it("reads temperature, humidity and a Vietnamese condition for each city", async () => {
    await provider("normal");
    const weather = await fetchWeather(cities);
    expect(weather).toEqual([
      { name: "Hà Nội", temperature: 20, humidity: 71, code: 3, condition: "Nhiều mây", icon: "cloud" },
      { name: "Đà Nẵng", temperature: 24, humidity: 83, code: 61, condition: "Có mưa", icon: "rain" },
      { name: "TP Hồ Chí Minh", temperature: 31, humidity: 58, code: 1, condition: "Ít mây", icon: "partly" },
    ]);
  });

  it("gives up on a provider that hangs after the time-out", async () => {
    await provider("hang");
    const started = Date.now();
    await expect(fetchWeather(cities, 300)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("rejects garbage and server errors instead of rendering them", async () => {
    await provider("garbage");
    await expect(fetchWeather(cities)).rejects.toThrow();
    await close?.();
    await provider("error");
    await expect(fetchWeather(cities)).rejects.toThrow(/500/);
  });

  it("fails fast when the provider is unreachable", async () => {
    process.env.WEATHER_API_URL = "http://127.0.0.1:9/v1/forecast";
    await expect(fetchWeather(cities)).rejects.toThrow();
  });
});

describe("describeWeather", () => {
  it("names WMO codes in Vietnamese", () => {
    expect(describeWeather(0).condition).toBe("Trời quang");
    expect(describeWeather(95).condition).toBe("Có dông");
    expect(describeWeather(65).condition).toBe("Mưa to");
    expect(describeWeather(1234).condition).toBe("Không xác định");
  });
});

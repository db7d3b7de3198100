// A stand-in for Open-Meteo's forecast API, for tests (the real one is unreachable here).
// Modes: "normal" answers like the provider; "hang" never answers; "garbage" answers
// nonsense; "error" answers 500. Run directly: node e2e/support/fake-weather.mjs PORT [MODE]
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

const SAMPLE = [
  { temperature_2m: 19.6, relative_humidity_2m: 71, weather_code: 3 },
  { temperature_2m: 24.2, relative_humidity_2m: 83, weather_code: 61 },
  { temperature_2m: 31.4, relative_humidity_2m: 58, weather_code: 1 },
];

export function startFakeWeather(port = 0, mode = "normal") {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (mode === "hang") return; // keep the socket open, never answer
    if (mode === "error") {
      res.writeHead(500).end("boom");
      return;
    }
    if (mode === "garbage") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"current": {"temperature_2m": "nóng"}');
      return;
    }
    const count = (url.searchParams.get("latitude") ?? "").split(",").filter(Boolean).length;
    const places = Array.from({ length: count }, (_, i) => ({
      latitude: 0,
      longitude: 0,
      current_units: { temperature_2m: "°C" },
      current: { time: "2026-11-28T10:00", interval: 900, ...SAMPLE[i % SAMPLE.length] },
    }));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(count === 1 ? places[0] : places));
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}/v1/forecast`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [port = "3199", mode = "normal"] = process.argv.slice(2);
  const { url } = await startFakeWeather(Number(port), mode);
  console.log(`fake weather (${mode}) on ${url}`);
}

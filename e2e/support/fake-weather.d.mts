export function startFakeWeather(port?: number, mode?: "normal" | "hang" | "garbage" | "error"): Promise<{ url: string; close: () => Promise<void> }>;

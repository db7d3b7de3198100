import type { WeatherIconName } from "@/lib/weather";

// Drawn inline: emoji fonts are missing on many phones and servers render none.
const SUN = <circle cx="12" cy="12" r="4.5" fill="#f5b301" />;
const RAYS = (
  <g stroke="#f5b301" strokeWidth="1.8" strokeLinecap="round">
    {[0, 45, 90, 135, 180, 225, 270, 315].map((a) => (
      <line key={a} x1="12" y1="2.5" x2="12" y2="4.5" transform={`rotate(${a} 12 12)`} />
    ))}
  </g>
);
const CLOUD = <path d="M7 19h10a4 4 0 0 0 .6-7.96A5.5 5.5 0 0 0 7.2 10.1 4.5 4.5 0 0 0 7 19z" fill="#a8b4c2" />;
const DROPS = (
  <g stroke="#2f7fd1" strokeWidth="1.8" strokeLinecap="round">
    <line x1="9" y1="20" x2="8" y2="23" />
    <line x1="13" y1="20" x2="12" y2="23" />
    <line x1="17" y1="20" x2="16" y2="23" />
  </g>
);

export function WeatherIcon({ name, className }: { name: WeatherIconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={className}>
      {name === "sun" && (
        <>
          {RAYS}
          {SUN}
        </>
      )}
      {name === "partly" && (
        <>
          <g transform="translate(-3 -3)">
            {RAYS}
            {SUN}
          </g>
          {CLOUD}
        </>
      )}
      {(name === "cloud" || name === "unknown") && CLOUD}
      {name === "fog" && (
        <g stroke="#a8b4c2" strokeWidth="2" strokeLinecap="round">
          <line x1="4" y1="9" x2="20" y2="9" />
          <line x1="6" y1="13" x2="18" y2="13" />
          <line x1="4" y1="17" x2="20" y2="17" />
        </g>
      )}
      {(name === "drizzle" || name === "rain") && (
        <g transform="translate(0 -3)">
          {CLOUD}
          {DROPS}
        </g>
      )}
      {name === "snow" && (
        <g transform="translate(0 -3)">
          {CLOUD}
          <g fill="#7fb3e6">
            <circle cx="9" cy="22" r="1.2" />
            <circle cx="13" cy="22" r="1.2" />
            <circle cx="17" cy="22" r="1.2" />
          </g>
        </g>
      )}
      {name === "storm" && (
        <g transform="translate(0 -3)">
          <path d="M7 19h10a4 4 0 0 0 .6-7.96A5.5 5.5 0 0 0 7.2 10.1 4.5 4.5 0 0 0 7 19z" fill="#6b7785" />
          <path d="M13 18l-3 5h3l-1 4 4-6h-3l1-3z" fill="#f5b301" />
        </g>
      )}
    </svg>
  );
}

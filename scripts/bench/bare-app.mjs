// The smallest App Router app, built with this repository's Next: the floor any page's
// JavaScript is compared with. Lives in a temporary folder, node_modules symlinked.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runNext, startNext } from "./server.mjs";

const FILES = {
  "package.json": JSON.stringify({ name: "bare-app", private: true, type: "module" }),
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return <h1>Xin chào</h1>;
}
`,
};

/** The deepest folder holding both paths. */
function commonAncestor(a, b) {
  const partsA = a.split(path.sep);
  const partsB = b.split(path.sep);
  let i = 0;
  while (i < partsA.length && partsA[i] === partsB[i]) i++;
  return partsA.slice(0, i).join(path.sep) || path.sep;
}

/** Builds the bare app and starts it; `close()` stops it and deletes the folder. */
export async function startBareApp({ port, logFile }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-bare-app-"));
  // Turbopack resolves nothing outside its root, and the symlinked node_modules points
  // into the repository: the root must contain both.
  const root = commonAncestor(dir, path.resolve("node_modules"));
  const config = `export default ${JSON.stringify({ turbopack: { root }, outputFileTracingRoot: root })};\n`;
  for (const [file, content] of Object.entries({ ...FILES, "next.config.mjs": config })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  try {
    await runNext(["build"], { cwd: dir, logFile });
    const server = await startNext({ cwd: dir, port, logFile });
    return {
      origin: server.origin,
      async close() {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

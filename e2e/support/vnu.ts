import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// The W3C Nu HTML Checker (the `vnu-jar` package, run with the machine's Java 11+) on
// pages as the server sent them. Only errors are reported: warnings and info messages
// (the trailing slash on void elements) are left to taste.
const VNU_JAR = path.join(process.cwd(), "node_modules/vnu-jar/build/dist/vnu.jar");

type VnuMessage = { type: string; url: string; message: string; extract?: string; lastLine?: number };

/** One line per error ("bai-viet:12 Bad value … — <extract>"); empty when the pages are valid. */
export async function validateHtml(pages: { name: string; html: string }[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vnu-"));
  try {
    const files = await Promise.all(
      pages.map(async ({ name, html }) => {
        const file = path.join(dir, `${name}.html`);
        await writeFile(file, html);
        return file;
      }),
    );
    // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
    const { stderr } = await promisify(execFile)("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], { maxBuffer: 16 * 1024 * 1024 }).catch(
      (error: { stderr?: string; message?: string }) => {
        if (!error.stderr) throw new Error(`vnu did not run (is Java installed?): ${error.message}`);
        return { stderr: error.stderr };
      },
    );
    const { messages } = JSON.parse(stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    return messages.map((m) => `${path.basename(m.url, ".html")}:${m.lastLine ?? "?"} ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 160)}` : ""}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

/**
 * The demo documents' PDFs, written at seed time with pdfkit and DejaVu Serif (a full
 * TrueType font from npm, so every Vietnamese letter is embedded and extracts exactly;
 * a subset font would lose letters). The font is parsed once and shared by every
 * document: parsing it per PDF was most of the seed's time.
 */
let fonts: { regular: fontkit.Font; bold: fontkit.Font } | undefined;

function loadFonts() {
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  fonts ??= {
    regular: fontkit.create(readFileSync(path.join(dir, "DejaVuSerif.ttf"))),
    bold: fontkit.create(readFileSync(path.join(dir, "DejaVuSerif-Bold.ttf"))),
  };
  return fonts;
}

export type PdfContent = { agency: string; number: string; place: string; date: string; kind: string; summary: string; paragraphs: string[]; signerTitle: string; signer: string };

/** An official-looking one-page document: agency and motto, number and date, title, body, signature. */
export async function renderDocumentPdf(content: PdfContent): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ size: "A4", margins: { top: 56, bottom: 56, left: 70, right: 56 }, font: null as unknown as string, info: { Title: `${content.kind} ${content.number}`, Author: content.agency } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  const width = doc.page.width - 126;
  const top = doc.y;
  // pdfkit accepts a parsed fontkit font (anything with layout()), typed as a path.
  const useFont = (font: fontkit.Font) => doc.font(font as unknown as string);
  useFont(bold).fontSize(11).text(content.agency.toUpperCase(), 70, top, { width: width * 0.45, align: "center" });
  useFont(regular).fontSize(11).text(`Số: ${content.number}`, 70, doc.y + 4, { width: width * 0.45, align: "center" });
  useFont(bold).fontSize(11).text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 70 + width * 0.45, top, { width: width * 0.55, align: "center" });
  doc.fontSize(11).text("Độc lập - Tự do - Hạnh phúc", { width: width * 0.55, align: "center" });
  useFont(regular).fontSize(11).text(`${content.place}, ${content.date}`, { width: width * 0.55, align: "center" });
  doc.moveDown(2);
  useFont(bold).fontSize(14).text(content.kind.toUpperCase(), 70, doc.y, { width, align: "center" });
  useFont(bold).fontSize(12).text(content.summary, { width, align: "center" });
  doc.moveDown(1);
  useFont(regular).fontSize(12);
  for (const paragraph of content.paragraphs) doc.text(paragraph, { width, align: "justify", indent: 28, paragraphGap: 8, lineGap: 2 });
  doc.moveDown(1.5);
  useFont(bold).fontSize(12).text(content.signerTitle.toUpperCase(), 70 + width * 0.5, doc.y, { width: width * 0.5, align: "center" });
  doc.moveDown(3);
  doc.text(content.signer, { width: width * 0.5, align: "center" });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

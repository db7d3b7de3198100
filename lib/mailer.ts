import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/**
 * Outgoing email over SMTP_URL (smtp://user:pass@host:port, smtps://… for TLS). Without
 * it nothing is sent: the Hỏi đáp tracking page is then the asker's channel. A failure
 * to send is logged and never undoes what was saved.
 */
let transport: { url: string; transporter: Transporter } | null = null;

function transporter(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

export const mailConfigured = () => Boolean(process.env.SMTP_URL);

export async function sendMail(message: { to: string; subject: string; text: string }): Promise<boolean> {
  const t = transporter();
  if (!t) return false;
  try {
    await t.sendMail({ from: process.env.MAIL_FROM || "Cổng thông tin điện tử <khong-tra-loi@localhost>", ...message });
    return true;
  } catch (error) {
    console.error("[mail] not sent:", error instanceof Error ? error.message : "unknown error");
    return false;
  }
}

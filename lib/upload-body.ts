/** Past this, the connection is simply closed: nobody uploads a real document that big. */
export const MAX_DRAINED = 512 * 1024 * 1024;

/** Room for the multipart framing and the other fields around the file. */
export const FORM_OVERHEAD = 64 * 1024;

/**
 * An upload route's body up to `limit` bytes, or null past it. A browser cut off
 * mid-upload shows a network error instead of our message, so the rest of an over-limit
 * body is read and thrown away (never kept) before the page answers, up to MAX_DRAINED.
 */
export async function readBody(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total <= limit) chunks.push(value);
      else if (total > MAX_DRAINED) break;
    }
  } catch {
    return null;
  } finally {
    await reader.cancel().catch(() => {});
  }
  return total > limit ? null : Buffer.concat(chunks);
}

/** The multipart form of a body read by readBody, or null when it is not one. */
export async function parseMultipart(body: Buffer, contentType: string): Promise<FormData | null> {
  try {
    return await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return null;
  }
}

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server } from "@/tests/support/s3-server";
import { diskStore, s3SettingsFromEnv, s3Store, type UploadStore } from "./storage";

const text = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer()).toString();

let dir: string;
let s3: Awaited<ReturnType<typeof startS3Server>>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "store-"));
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

const folder = "a1b2c3d4e5f6a1b2c3d4e5f6";
const other = "0123456789abcdef01234567";

describe.each([
  ["disk", () => diskStore(path.join(dir, "uploads"))],
  ["s3", () => s3Store(s3.settings)],
])("%s upload store", (_name, make: () => UploadStore) => {
  it("stores, opens, lists and removes one upload's files", async () => {
    const store = make();
    await store.put(`${folder}/640.webp`, Buffer.from("small"), "image/webp");
    await store.put(`${folder}/original.jpg`, Buffer.from("original bytes"), "image/jpeg");
    await store.put(`${other}/quyet-dinh.pdf`, Buffer.from("%PDF-1.4"), "application/pdf");

    const opened = await store.open(`${folder}/original.jpg`);
    expect(opened?.size).toBe(14);
    expect(await text(opened!.body)).toBe("original bytes");
    expect((await store.read(`${other}/quyet-dinh.pdf`))?.toString()).toBe("%PDF-1.4");
    expect(await store.list()).toEqual([
      { path: `${other}/quyet-dinh.pdf`, size: 8 },
      { path: `${folder}/640.webp`, size: 5 },
      { path: `${folder}/original.jpg`, size: 14 },
    ]);

    await store.removeFolder(folder);
    expect(await store.open(`${folder}/original.jpg`)).toBeNull();
    expect((await store.list()).map((f) => f.path)).toEqual([`${other}/quyet-dinh.pdf`]);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it("refuses keys that are not the portal's own", async () => {
    const store = make();
    await expect(store.put("../../etc/passwd", Buffer.from("x"), "text/plain")).rejects.toThrow();
    await expect(store.put(`${folder}/../x.jpg`, Buffer.from("x"), "image/jpeg")).rejects.toThrow();
    expect(await store.open("../secret")).toBeNull();
    expect(await store.open(`${folder}/missing.jpg`)).toBeNull();
    await store.removeFolder("..");
  });
});

describe("S3 settings", () => {
  it("come from the environment only when a bucket is named", () => {
    expect(s3SettingsFromEnv({})).toBeNull();
    expect(s3SettingsFromEnv({ S3_BUCKET: "b", S3_ENDPOINT: "http://127.0.0.1:9000", S3_PREFIX: "/portal/" })).toEqual({
      endpoint: "http://127.0.0.1:9000",
      bucket: "b",
      region: "us-east-1",
      accessKeyId: undefined,
      secretAccessKey: undefined,
      forcePathStyle: true,
      prefix: "portal/",
    });
    // AWS itself: virtual-hosted addresses unless told otherwise.
    expect(s3SettingsFromEnv({ S3_BUCKET: "b", S3_REGION: "ap-southeast-1" })).toMatchObject({ forcePathStyle: false, region: "ap-southeast-1", prefix: "" });
  });

  it("fail fast when the storage server is down", async () => {
    const store = s3Store({ ...s3.settings, endpoint: "http://127.0.0.1:9" });
    const started = Date.now();
    await expect(store.read(`${folder}/x.jpg`)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(8000);
  });
});

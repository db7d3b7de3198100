import { createReadStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { S3Client } from "@aws-sdk/client-s3";
import { uploadsDir } from "@/lib/config";

/**
 * Where uploads (images and their variants, attached files) live: the data folder's
 * `uploads/` by default, an S3-compatible bucket when S3_BUCKET is set, so several
 * instances serve the same files (issue "Scale-out"). Keys are `<24 hex folder>/<file>`,
 * the same under /media/ whichever store holds them.
 */
export type StoredFile = { path: string; size: number };
export type OpenedFile = { body: ReadableStream<Uint8Array>; size: number };

export interface UploadStore {
  readonly kind: "disk" | "s3";
  /** The folder of a disk store (backups archive it as it is). */
  readonly root?: string;
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** A stream of the file for a response, or null when there is none. */
  open(key: string): Promise<OpenedFile | null>;
  read(key: string): Promise<Buffer | null>;
  /** Removes every file of one upload (`<folder>/…`). */
  removeFolder(folder: string): Promise<void>;
  /** Every file, sorted by key. */
  list(): Promise<StoredFile[]>;
  /** Removes everything (restore --force). */
  clear(): Promise<void>;
}

const FOLDER = /^[a-f0-9]{24}$/;
const KEY = /^[a-f0-9]{24}\/[a-z0-9][a-z0-9._-]{0,80}$/i;

function checkKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Not an upload key: ${key}`);
}

export function diskStore(root: string): UploadStore {
  const file = (key: string) => path.join(root, ...key.split("/"));
  return {
    kind: "disk",
    root,
    async put(key, data) {
      checkKey(key);
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), data);
    },
    async open(key) {
      if (!KEY.test(key)) return null;
      try {
        const info = await stat(file(key));
        if (!info.isFile()) return null;
        return { body: Readable.toWeb(createReadStream(file(key))) as ReadableStream<Uint8Array>, size: info.size };
      } catch {
        return null;
      }
    },
    async read(key) {
      if (!KEY.test(key)) return null;
      return readFile(file(key)).catch(() => null);
    },
    async removeFolder(folder) {
      if (FOLDER.test(folder)) await rm(path.join(root, folder), { recursive: true, force: true });
    },
    async list() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
      const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
      const listed = await Promise.all(files.map(async (f) => ({ path: path.relative(root, f).split(path.sep).join("/"), size: (await stat(f)).size })));
      return listed.sort((a, b) => a.path.localeCompare(b.path));
    },
    async clear() {
      await rm(root, { recursive: true, force: true });
    },
  };
}

export type S3Settings = {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, so one bucket can serve several portals. */
  prefix: string;
};

export function s3SettingsFromEnv(env: Record<string, string | undefined> = process.env): S3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    endpoint: env.S3_ENDPOINT || undefined,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    // Most self-hosted servers (MinIO, Ceph, s3rver) want path-style addresses.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === "true" : Boolean(env.S3_ENDPOINT),
    prefix: (env.S3_PREFIX ?? "").replace(/^\/+|\/+$/g, "").replace(/(.)$/, "$1/"),
  };
}

type Sdk = typeof import("@aws-sdk/client-s3");
let sdkLoading: Promise<Sdk> | undefined;
// Loaded on first use: a portal without S3 never loads the SDK.
const loadSdk = () => (sdkLoading ??= import("@aws-sdk/client-s3"));

export function s3Store(settings: S3Settings): UploadStore {
  // The SDK version is pinned and supports Node 20; its notice about future versions is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  let clientLoading: Promise<{ client: S3Client; sdk: Sdk }> | undefined;
  const connect = () => (clientLoading ??= loadSdk().then((sdk) => ({ sdk, client: makeClient(sdk) })));
  const makeClient = (sdk: Sdk) => new sdk.S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    // Servers other than AWS reject or ignore the newer default checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // A stuck storage server must not hold a request forever.
    requestHandler: { requestTimeout: 10_000, connectionTimeout: 3_000 },
    maxAttempts: 2,
  });
  const Bucket = settings.bucket;
  const objectKey = (key: string) => `${settings.prefix}${key}`;

  async function keysUnder(prefix: string): Promise<StoredFile[]> {
    const found: StoredFile[] = [];
    let ContinuationToken: string | undefined;
    do {
      const { client, sdk } = await connect();
      const page = await client.send(new sdk.ListObjectsV2Command({ Bucket, Prefix: `${settings.prefix}${prefix}`, ContinuationToken }));
      for (const item of page.Contents ?? []) if (item.Key) found.push({ path: item.Key.slice(settings.prefix.length), size: item.Size ?? 0 });
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return found.sort((a, b) => a.path.localeCompare(b.path));
  }

  async function removeAll(files: StoredFile[]) {
    const { client, sdk } = await connect();
    for (let i = 0; i < files.length; i += 1000) {
      const Objects = files.slice(i, i + 1000).map((f) => ({ Key: objectKey(f.path) }));
      await client.send(new sdk.DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
    }
  }

  async function get(key: string) {
    const { client, sdk } = await connect();
    try {
      return await client.send(new sdk.GetObjectCommand({ Bucket, Key: objectKey(key) }));
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (error as Error).name === "NoSuchKey") return null;
      throw error;
    }
  }

  return {
    kind: "s3",
    async put(key, data, contentType) {
      checkKey(key);
      const { client, sdk } = await connect();
      await client.send(new sdk.PutObjectCommand({ Bucket, Key: objectKey(key), Body: data, ContentType: contentType, ContentLength: data.length }));
    },
    async open(key) {
      if (!KEY.test(key)) return null;
      const object = await get(key);
      if (!object?.Body) return null;
      return { body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength ?? 0 };
    },
    async read(key) {
      if (!KEY.test(key)) return null;
      const object = await get(key);
      return object?.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    },
    async removeFolder(folder) {
      if (FOLDER.test(folder)) await removeAll(await keysUnder(`${folder}/`));
    },
    list: () => keysUnder(""),
    async clear() {
      await removeAll(await keysUnder(""));
    },
  };
}

let current: { signature: string; store: UploadStore } | undefined;

/** The store this process uses, from the environment (read again if it changes, as tests do). */
export function uploadStore(): UploadStore {
  const s3 = s3SettingsFromEnv();
  const signature = s3 ? JSON.stringify(s3) : `disk:${uploadsDir()}`;
  if (current?.signature !== signature) current = { signature, store: s3 ? s3Store(s3) : diskStore(uploadsDir()) };
  return current.store;
}

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Settings } from "@/lib/storage";

/**
 * A local S3-compatible server for tests (s3rver: files on disk, one process, no auth
 * beyond its fixed keys; it does not implement versioning, ACLs or multipart copy,
 * none of which the portal uses).
 */
export async function startS3Server(bucket = "portal-test"): Promise<{ settings: S3Settings; close: () => Promise<void> }> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "s3rver-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  return {
    settings: { endpoint: `http://127.0.0.1:${port}`, bucket, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true, prefix: "" },
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * A real S3-compatible server for the specs: s3rver, in this process, on a port the system picks,
 * keeping its objects in a fresh folder. The ledger's S3 client talks to it over HTTP as to MinIO or
 * AWS; a spec alters or deletes an object through the same S3 API, as an operator with the keys could.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type S3rver from 's3rver';

export interface TestS3Server {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly bucket: string;
  /** s3rver takes any key pair; these are its documented defaults. */
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  close(): Promise<void>;
}

export async function startTestS3Server(bucket = 'ledger-evidence'): Promise<TestS3Server> {
  // Loaded here, not at the top: the many specs that import @app/testing need no S3 server.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const S3rverClass = require('s3rver') as typeof S3rver;
  const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
  const server = new S3rverClass({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

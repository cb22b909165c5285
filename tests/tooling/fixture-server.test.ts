import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../browser/harness/fixture-server';

describe('the browser tests’ fixture proxy', () => {
  let server: FixtureServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('survives a browser that resets a refused tunnel, and records the tunnel', async () => {
    server = await startFixtureServer('/nonexistent', []);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown): void => void uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const port = server.port;
      await new Promise<void>((resolve, reject) => {
        const client = connect(port, '127.0.0.1', () => {
          client.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
          // Hang up hard (RST) before the proxy's refusal is written.
          setImmediate(() => client.resetAndDestroy());
        });
        client.on('error', reject);
        client.on('close', () => resolve());
      });
      // Give the proxy's side time to see the reset.
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
    expect(server.log).toEqual([{ method: 'CONNECT', url: 'example.com:443', served: false }]);
  });
});

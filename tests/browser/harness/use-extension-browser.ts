/**
 * The set-up every browser test file shares: the fixture proxy and the browser with the built
 * extension, started before the file's tests and closed after them. A missing browser or build
 * fails the tests with a message saying how to get it.
 */
import { afterAll, beforeAll } from 'vitest';
import { FIXTURE_ROUTES, FIXTURES_DIR } from '../../fixtures/sites';
import {
  launchBrowser,
  missingPrerequisite,
  type BrowserName,
  type ExtensionBrowser,
} from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface ExtensionSession {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
}

/** Call inside a `describe`: starts the proxy and `name` before its tests, closes them after. */
export function useExtensionBrowser(name: BrowserName): ExtensionSession {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    const missing = missingPrerequisite(name);
    if (missing) throw new Error(missing);
    server = await startFixtureServer(FIXTURES_DIR, FIXTURE_ROUTES);
    browser = await launchBrowser(name, server.port);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get browser() {
      return browser!;
    },
    get server() {
      return server!;
    },
  };
}

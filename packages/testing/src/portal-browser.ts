import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startStack, type PortalName, type Stack } from './stack.js';

export interface PortalBrowser {
  readonly stack: Stack;
  readonly browser: Browser;
  /** A page in a fresh Dutch browser context (no cookies) for each test. */
  readonly page: Page;
}

/**
 * Registers Jest hooks in the calling spec file: the stack and Chromium start once for the file,
 * each test gets a new `nl-NL` browser context that is closed after it. Call at the top level.
 */
export function setUpPortalBrowser(portal: PortalName): PortalBrowser {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    stack = await startStack({ portal });
    browser = await launchChromium();
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 30_000);

  beforeEach(async () => {
    context = await started(browser).newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  return {
    get stack() {
      return started(stack);
    },
    get browser() {
      return started(browser);
    },
    get page() {
      return started(page);
    },
  };
}

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('setUpPortalBrowser: used outside a test');
  return value;
}

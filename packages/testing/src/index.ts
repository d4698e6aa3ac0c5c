export { findAccessibilityViolations, type AxeViolation } from './axe.js';
export { CHROMIUM_PATH, launchChromium } from './browser.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo.js';
export { freePort } from './free-port.js';
export {
  LOGIN_PATH,
  alertText,
  logIn,
  logOut,
  pathOf,
  submitLogin,
  waitForLoginPage,
  waitForStartPage,
} from './login.js';
export { setUpPortalBrowser, type PortalBrowser } from './portal-browser.js';
export { startStack, type PortalName, type Stack, type StartStackOptions } from './stack.js';

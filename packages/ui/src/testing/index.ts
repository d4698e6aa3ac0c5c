// Test helpers for the portals' component tests (`@werkbrug/ui/testing`); not for production code.
export { createPortalTestKit, type PortalTestKitOptions } from './portalTestKit.js';
export { renderWithSession, type RenderWithSessionOptions } from './renderWithSession.js';
export { submitLoginForm } from './submitLoginForm.js';

/**
 * The extension's manifest for each build. No host access at install: the writer grants one site at a time
 * (optional host permissions). Extension pages may not connect anywhere (`connect-src 'none'`).
 */
import { ICON_SIZES } from './icons.js';

/**
 * `chromium` and `firefox` are what ships; `test` is the Chromium build with 127.0.0.1 granted, for the e2e tests
 * only; `firefox-test` is the Firefox build with 127.0.0.1 granted, for the same tests in Firefox ESR. In both the
 * site is still turned on from the popup, as a writer would.
 */
export type Target = 'chromium' | 'firefox' | 'test' | 'firefox-test';

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** Test pages are served from here; the test build may run on them without asking. */
export const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export function manifestFor(target: Target, version: string): Record<string, unknown> {
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: target === 'test' || target === 'firefox-test' ? 'carelint (test build)' : 'carelint',
    short_name: 'carelint',
    version,
    description: 'Checks children’s social care records as you type, on your computer: plain words, the child’s voice, balance, plans.',
    icons,
    action: { default_title: 'carelint', default_popup: 'popup.html', default_icon: icons },
    options_ui: { page: 'options.html', open_in_tab: true },
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: { extension_pages: CSP },
  };
  if (target === 'firefox' || target === 'firefox-test') {
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'browser-extension@carelint',
        strict_min_version: '128.0',
        // Firefox's declaration of what an add-on collects: nothing.
        data_collection_permissions: { required: ['none'] },
      },
    };
  } else {
    manifest.background = { service_worker: 'background.js' };
    manifest.minimum_chrome_version = '120';
  }
  if (target === 'test' || target === 'firefox-test') manifest.host_permissions = TEST_HOSTS;
  return manifest;
}

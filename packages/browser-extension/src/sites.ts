/// <reference types="chrome" />
/** Turning the extension on and off for one site: an optional host permission plus a registered content script. */
import { readSites, saveSites } from './settings.js';

/** The site key of a page: scheme and host name (any port), or undefined for pages the extension cannot check. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return `${parsed.protocol}//${parsed.hostname}`;
  } catch {
    return undefined;
  }
}

/** The match pattern for a site key: every path, every port. */
export function patternOf(site: string): string {
  return `${site}/*`;
}

/** The registered content script's id for a site key. */
export function scriptIdOf(site: string): string {
  return `carelint ${site}`;
}

/** Whether the extension checks writing on this site: the permission is granted and the script registered. */
export async function isEnabled(site: string): Promise<boolean> {
  const [granted, registered] = await Promise.all([
    chrome.permissions.contains({ origins: [patternOf(site)] }),
    chrome.scripting.getRegisteredContentScripts({ ids: [scriptIdOf(site)] }),
  ]);
  return granted && registered.length > 0;
}

/**
 * Asks for the site's permission and registers the content script; starts it at once in `tabId`.
 * Call it straight from a click: the browser only asks for a permission during a user gesture.
 */
export async function enableSite(site: string, tabId?: number): Promise<boolean> {
  const granted = await chrome.permissions.request({ origins: [patternOf(site)] });
  if (!granted) return false;
  await registerSite(site);
  await saveSites([...(await readSites()), site]);
  if (tabId !== undefined) {
    await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  }
  return true;
}

/** Registers the content script for a site whose permission is granted (idempotent). */
export async function registerSite(site: string): Promise<void> {
  const id = scriptIdOf(site);
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await chrome.scripting.registerContentScripts([
    { id, matches: [patternOf(site)], js: ['content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
  ]);
}

/** Stops checking on a site: unregisters the script, gives the permission back, tells open tabs to stop. */
export async function disableSite(site: string, tabId?: number): Promise<void> {
  const id = scriptIdOf(site);
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [id] });
  await saveSites((await readSites()).filter((s) => s !== site));
  if (tabId !== undefined) {
    await chrome.tabs.sendMessage(tabId, { type: 'carelint:stop' }).catch(() => undefined);
  }
  await chrome.permissions.remove({ origins: [patternOf(site)] }).catch(() => false);
}

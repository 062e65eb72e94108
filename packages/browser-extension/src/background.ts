/// <reference types="chrome" />
/**
 * The background worker: keeps the registered content scripts in step with the permissions the writer granted
 * (a permission taken away in the browser's settings turns the site off). It never sees record text.
 */
import { readSites, saveSites } from './settings.js';
import { patternOf, registerSite, scriptIdOf, siteOf } from './sites.js';

/** Registered scripts for sites whose permission is gone are removed; granted sites get their script back. */
async function reconcile(): Promise<void> {
  const sites = await readSites();
  const kept: string[] = [];
  for (const site of sites) {
    if (await chrome.permissions.contains({ origins: [patternOf(site)] })) {
      await registerSite(site);
      kept.push(site);
    } else {
      const ids = (await chrome.scripting.getRegisteredContentScripts({ ids: [scriptIdOf(site)] })).map((s) => s.id);
      if (ids.length > 0) await chrome.scripting.unregisterContentScripts({ ids });
    }
  }
  if (kept.length !== sites.length) await saveSites(kept);
}

chrome.runtime.onInstalled.addListener(() => void reconcile());
chrome.runtime.onStartup.addListener(() => void reconcile());
chrome.permissions.onRemoved.addListener((removed) => {
  if ((removed.origins ?? []).some((origin) => siteOf(origin.replace(/\/\*$/, '/')) !== undefined)) void reconcile();
});

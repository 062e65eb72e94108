/// <reference types="chrome" />
/** The toolbar popup: shows whether the current site is checked, and turns it on or off for that site. */
import { h } from '../dom.js';
import { disableSite, enableSite, isEnabled, siteOf } from '../sites.js';

const main = document.getElementById('main')!;

/** The tab the popup is about: the active tab of the window, never the extension's own pages. */
async function targetTab(): Promise<chrome.tabs.Tab | undefined> {
  const own = chrome.runtime.getURL('');
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab && !(tab.url ?? '').startsWith(own) ? tab : undefined;
}

async function render(message?: string): Promise<void> {
  const tab = await targetTab();
  const site = siteOf(tab?.url);
  if (!tab || tab.id === undefined || !site) {
    main.replaceChildren(h('p', { class: 'status' }, 'carelint can check writing on web pages (http and https). Open your recording system, then click the toolbar button again.'));
    return;
  }
  const tabId = tab.id;
  const host = new URL(site).hostname;
  const on = await isEnabled(site);
  const button = h('button', { type: 'button', id: 'toggle', ...(on ? { class: 'secondary' } : {}) }, on ? 'Turn off for this site' : 'Turn on for this site');
  button.addEventListener('click', () => {
    // The permission request must come straight from the click, before anything else is awaited.
    const change = on ? disableSite(site, tabId).then(() => true) : enableSite(site, tabId);
    change.then(
      (done) => render(done ? undefined : 'carelint was not given access to this site, so it stays off.'),
      () => render('That did not work. Reload the page and try again.'),
    );
  });
  main.replaceChildren(
    h('div', { class: 'site', id: 'site' }, host),
    h(
      'p',
      { class: 'status', id: 'status', 'data-on': String(on) },
      on ? 'On: text boxes on this site are checked as you type.' : 'Off: carelint does nothing on this site until you turn it on.',
    ),
    button,
    ...(message !== undefined ? [h('p', { class: 'message', role: 'alert' }, message)] : []),
  );
}

chrome.tabs.onActivated.addListener(() => void render());
chrome.tabs.onUpdated.addListener((_id, change) => {
  if (change.url || change.status === 'complete') void render();
});
void render();

import { loadFrameConfig, portalAddress } from './loadFrameConfig.ts';
import { tabBinding } from './tabBinding.ts';

/**
 * Opens another agency's app in this tab: the page that ran the previous agency's code is gone once this page is
 * the whole tab, so the tab's binding can be cleared before the portal loads again at `to`. Inside a frame (a script
 * of the portal trying to clear the binding while its code stays) it does nothing; the server also forbids framing
 * it.
 */
async function switchAgency(): Promise<void> {
  if (window.top !== window) return;
  const config = await loadFrameConfig();
  const to = portalAddress(config, new URL(window.location.href).searchParams.get('to'));
  tabBinding.clear();
  window.location.replace(to);
}

void switchAgency();

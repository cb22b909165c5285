import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LIVENESS_PORT, NAVIGATE_COMMAND } from '../lib/extension-ids';
import { START_NAVIGATION, type StartNavigationRequest } from '../lib/messages/protocol';

export default defineBackground(() => {
  // Content scripts hold a port to know when the extension goes away (reload, update, disable);
  // accepting it is all there is to do.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVENESS_PORT) port.disconnect();
  });

  // The shortcut goes to the tab it was pressed in; a tab without Kontext has no one to answer.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== NAVIGATE_COMMAND || tab?.id === undefined) return;
    const request: StartNavigationRequest = { type: START_NAVIGATION };
    browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
});

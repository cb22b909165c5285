import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { NAVIGATE_COMMAND } from '../lib/extension-ids';
import { START_NAVIGATION, type StartNavigationRequest } from '../lib/messages/protocol';

export default defineBackground(() => {
  // The shortcut goes to the tab it was pressed in; a tab without Kontext has no one to answer.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== NAVIGATE_COMMAND || tab?.id === undefined) return;
    const request: StartNavigationRequest = { type: START_NAVIGATION };
    browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
});

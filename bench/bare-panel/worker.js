// Never asked by the panel. Its listeners make the browser start it at install and at start-up,
// as it does PAT Pilot's, so both extensions' first visits meet a worker starting.
chrome.runtime.onInstalled.addListener(() => undefined);
chrome.runtime.onStartup.addListener(() => undefined);

// The bench's floor for the guide's first draw: the element and shadow root the bench's probe
// looks for (the tag PAT Pilot's overlay uses), a panel and a button, drawn at once.
const host = document.createElement('pat-pilot-overlay');
const panel = document.createElement('div');
panel.dataset.testid = 'panel';
panel.style.cssText = 'position:fixed;top:16px;right:16px;z-index:2147483647;padding:12px;background:#fff;border:1px solid #888';
panel.textContent = 'Bare panel';
panel.append(Object.assign(document.createElement('button'), { textContent: 'Fill all fields' }));
host.attachShadow({ mode: 'open' }).append(panel);
document.documentElement.append(host);

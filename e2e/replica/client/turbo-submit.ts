// A Turbo-like form submission, as github.com does it: a bubbling submit listener on the
// document posts new FormData(form, submitter) with fetch, loads a returned <turbo-frame> into
// its frame on the page, shows a 422's errors, and otherwise navigates to where the redirect led.
// Forms marked data-turbo="false" post natively.

const turboAccept = 'text/vnd.turbo-stream.html, text/html, application/xhtml+xml';

function formBody(form: HTMLFormElement, submitter: HTMLElement | null): URLSearchParams {
  // new FormData fires the form's "formdata" event, as Turbo's submission does.
  const entries = [...new FormData(form, submitter)].map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : value.name]);
  return new URLSearchParams(entries);
}

function showErrors(markup: string): void {
  const container = document.getElementById('js-flash-container');
  if (!container) return;
  container.innerHTML = markup;
  container.scrollIntoView({ block: 'center' });
}

/** A returned frame replaces the page's frame of the same id, and its dialog opens. */
function loadFrame(markup: string): boolean {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const frame = template.content.querySelector('turbo-frame[id]');
  const target = frame && document.getElementById(frame.id);
  if (!frame || !target) return false;
  target.replaceWith(frame);
  frame.querySelector('dialog')?.showModal();
  return true;
}

const failure = '<div class="flash flash-error mb-3" role="alert">Something went wrong. Please try again.</div>';

async function submit(form: HTMLFormElement, submitter: HTMLElement | null): Promise<void> {
  const body = formBody(form, submitter);
  submitter?.toggleAttribute('disabled', true);
  try {
    const response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin', headers: { Accept: turboAccept } });
    const markup = await response.text();
    form.closest('dialog')?.close();
    if (response.status === 422) showErrors(markup);
    else if (!response.ok) showErrors(failure);
    // Otherwise a frame to show, or the page the form's redirect led to, which Turbo would visit.
    else if (!loadFrame(markup)) location.assign(response.url);
  } catch {
    showErrors(failure);
  } finally {
    submitter?.toggleAttribute('disabled', false);
  }
}

export function interceptFormSubmissions(): void {
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.dataset.turbo === 'false' || form.method !== 'post') return;
    event.preventDefault();
    void submit(form, event.submitter);
  });
}

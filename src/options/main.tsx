import { render } from 'preact';

function Options() {
  return <main>PAT Pilot</main>;
}

render(<Options />, document.getElementById('app')!);

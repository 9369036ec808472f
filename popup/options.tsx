// Options page entry.
import { render } from 'preact';

render(
  <main>
    <h1>Kazakhstan Lens settings</h1>
  </main>,
  document.getElementById('app')!,
);

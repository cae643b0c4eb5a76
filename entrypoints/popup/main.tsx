import { render } from 'preact';

render(<main>Reality Check</main>, document.getElementById('app')!);

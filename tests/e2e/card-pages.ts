/** Pages for the card's end-to-end run (our own text): claims close together, one ending mid-line. */
const page = (title: string, body: string, style: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${title}</title><style>${style}</style></head><body>${body}</body></html>`;

const BODY = `<article><h1>Get summer ready</h1>
  <p>Summer is close. These five moves melt back fat and smooth your bra-line in just ten days! Thanks for reading this far, and do share it with a friend who trains.</p>
  <p>Wear a sweat belt during each workout to burn belly fat even faster.</p>
  <p>Our detox tea flushes out belly fat naturally while you sleep.</p>
  <p>See you tomorrow for more.</p></article>`;

const COLUMN = 'article{max-width:640px;margin:0 auto;padding:0 16px}body{margin:0}';

export const CARD_PAGE = page('Get summer ready', BODY, `${COLUMN}body{font:17px/1.5 Georgia,serif;background:#fff;color:#222}`);
export const DARK_CARD_PAGE = page('Get summer ready', BODY, `${COLUMN}body{font:17px/1.5 system-ui,sans-serif;background:#111;color:#eee}`);

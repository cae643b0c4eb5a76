/** Test pages written for the end-to-end runs (our own text). */
import { ORDINARY, paragraphs } from '../tools/bench-text';

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

export const MYTH_PAGE = page(
  'Lose back fat in 10 days',
  `<article><h1>Lose Back Fat in 10 Days</h1>
  <p>Summer is close and your favourite top shows everything.</p>
  <p>These five moves melt back fat and smooth your bra-line in just ten days!</p>
  <p>Wear a sweat belt during each workout to burn belly fat even faster.</p>
  <p>Thanks for reading, see you tomorrow.</p></article>`,
);

/** A claim whose words sit in inline elements: the marks' colour reaches text below the claim's paragraph too. */
export const INLINE_CLAIM_PAGE = page(
  'Back fat',
  `<article><h1>Back day</h1>
  <p>These five moves <em>melt back fat</em> and smooth your <strong><span>bra-line</span></strong> in just ten days!</p></article>`,
);

export const DARK_MYTH_PAGE = page(
  'Flat tummy tea',
  `<main><h1>The tea that flattens your tummy</h1>
  <p>Our detox tea flushes out belly fat naturally while you sleep.</p>
  <p>Order two boxes today.</p></main>`,
  '<style>body{background:#111;color:#eee;font:18px Georgia,serif;padding:40px}</style>',
);

export const DEBUNK_PAGE = page(
  'Can you lose back fat in 10 days?',
  `<article><h1>Can You Lose Back Fat in 10 Days?</h1>
  <p>Spot reduction is a myth. You cannot choose where your body sheds its fat.</p>
  <p>Ads promise that a sweat belt will melt belly fat, but the FTC has fined sellers for such claims.</p>
  <p>Any quick drop on the scale in the first week is mostly water weight.</p>
  <p>Instead, train your whole body three times a week and walk most days.</p></article>`,
);

export const TECHNIQUE_PAGE = page(
  'How to do a dumbbell row',
  `<article><h1>How to do a dumbbell row</h1>
  <p>Put one knee and one hand on a flat bench and keep your back flat.</p>
  <p>Pull the dumbbell towards your hip, pause, and lower it slowly.</p>
  <p>Do three sets of ten on each side.</p></article>`,
);

export const UNRELATED_PAGE = page(
  'Feeding your starter',
  `<article><h1>Feeding your sourdough starter</h1><p>Feed it flour and water twice a day for a week.</p></article>`,
);

/** 200 kB of off-topic news (some six of the first script's 32 k samples), then one claim. */
export const FAR_CLAIM_PAGE = page(
  'Town news',
  `<article>${paragraphs(ORDINARY, 200_000)
    .map((p) => `<p>${p}</p>`)
    .join('')}<p>These five moves melt back fat and smooth your bra-line in just ten days!</p></article>`,
);

/**
 * Run in FAR_CLAIM_PAGE: removes its paragraphs about 32 k characters (SAMPLE) in, where the first sample
 * stopped and which are watched, and puts nothing in their place (a re-render, a list recycling its rows).
 */
export function removeWhereSampleStopped(): void {
  let read = 0;
  for (const p of [...document.querySelectorAll('article p')]) {
    read += p.textContent!.length + 1;
    if (read > 30_000 && read < 36_000) p.remove();
  }
}

export const LATE_CLAIM_PAGE = page(
  'Fitness blog',
  `<article><h1>Fitness notes</h1><p>Today I walked for forty minutes.</p><div id="more"></div></article>
  <script>setTimeout(() => {
    const p = document.createElement('p');
    p.textContent = 'Try this routine to get rid of your bra bulge for good.';
    document.getElementById('more').append(p);
  }, 2000);</script>`,
);

/** A single-page app: an off-topic page that navigates (pushState) to a myth article a second after load. */
export const SPA_PAGE = page(
  'Recipes',
  `<main><h1>Feeding your sourdough starter</h1><p>Feed it flour and water twice a day for a week.</p></main>
  <script>setTimeout(() => {
    history.pushState({}, '', '?article=2');
    document.querySelector('main').innerHTML = '<h1>Summer arms</h1><p>These five moves melt back fat and smooth your bra-line in just ten days!</p>';
  }, 1000);</script>`,
);

export const HOSTILE_PAGE = page(
  'Hostile',
  `<div class="cover">Sale!</div>
  <article><h1>Melt it now</h1><p id="ticker">0</p>
  <p>These five moves melt back fat and smooth your bra-line in just ten days!</p></article>
  <script>
    let n = 0;
    const t = document.getElementById('ticker');
    new MutationObserver(() => {}).observe(document.body, { subtree: true, childList: true });
    (function loop() { t.textContent = 'Workouts logged today: ' + (n++); requestAnimationFrame(loop); })();
  </script>`,
  `<style>* { all: unset !important; } .cover { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgba(255,0,0,.2) !important; display: block !important; }</style>`,
);

export const NUMBERS_PAGE = page(
  'Lose 10 pounds in a week',
  `<article><h1>The one-week reset</h1>
  <p>Lose 10 pounds in 7 days with this detox plan!</p>
  <p>Order today and start on Monday.</p></article>`,
);

/** A page that records every message posted to it, for checking what the extension tells the page. */
export const LISTENING_PAGE = page(
  'Listening',
  `<article><h1>Fitness notes</h1>
  <p>These five moves melt back fat and smooth your bra-line in just ten days!</p><div id="more"></div></article>`,
  `<script>window.heard = []; addEventListener('message', (e) => heard.push(JSON.stringify(e.data)));
  for (const t of ['message', 'wxt:content-script-started']) document.addEventListener(t, (e) => heard.push(e.type), true);</script>`,
);

/**
 * A claim after a hidden tree `levels` elements deep, built by the page before the content script runs, and a
 * frame counter (window.frames painted so far) and an input, for checking the tab stays responsive.
 */
export const deepPage = (levels: number) =>
  page(
    'Deep',
    `<div id="deep" hidden></div><p>These five moves melt back fat and smooth your bra-line in just ten days!</p><input id="typing">
  <script>// Built top-down inside the hidden box: Chromium builds it in about 2 s for 50,000 (inside out, 17 s).
  let at = document.getElementById('deep');
  for (let i = 0; i < ${levels}; i++) at = at.appendChild(document.createElement('span'));
  at.append('buried');
  window.painted = 0; (function tick() { window.painted++; requestAnimationFrame(tick); })();</script>`,
  );

/**
 * A page that inserts 50 MB of text at once when asked: `insert('many')` adds 5,000 paragraphs of 10,000
 * characters, `insert('one')` a single 50 MB text node that starts with a claim, and a claim paragraph right
 * after it; `addClaim()`
 * adds a claim paragraph on its own. It counts the frames it paints (window.painted).
 */
export const HUGE_TEXT_PAGE = page(
  'Huge',
  `<article><h1>Notes</h1><p>Today I walked for forty minutes.</p></article>
  <script>
  window.painted = 0; (function tick() { window.painted++; requestAnimationFrame(tick); })();
  const CLAIM = 'Try this routine to get rid of your bra bulge for good.';
  const text = 'The river runs past the old mill and on to the sea. '.repeat(200).slice(0, 10000);
  window.insert = (kind) => {
    // The filler is not laid out (content-visibility), or Chromium spends 6-18 s on its own layout of it.
    const filler = document.createElement('div');
    filler.style.contentVisibility = 'hidden';
    if (kind === 'one') filler.append('These five moves melt back fat and smooth your bra-line in just ten days! ' + text.repeat(5000));
    else for (let i = 0; i < 5000; i++) filler.append(Object.assign(document.createElement('p'), { textContent: text }));
    const box = document.createElement('div');
    box.append(filler);
    if (kind === 'one') box.append(claimParagraph());
    document.body.append(box);
  };
  const claimParagraph = () => Object.assign(document.createElement('p'), { textContent: CLAIM });
  window.addClaim = () => document.body.append(claimParagraph());
  </script>`,
);

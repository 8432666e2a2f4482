/**
 * The benchmark's large news page: a deterministic front page of many articles (headings,
 * standfirsts, paragraphs with inline links and emphasis, lists, quotes, figures), a
 * sidebar and a footer, plus the subtrees a real page carries and the scanner must skip
 * (JSON-LD, noscript, a comment box). Its prose is the matcher benchmark's corpus, so it
 * holds many dataset mentions and their near-misses, and names are sometimes split by
 * inline markup the way real pages split them.
 * Same seed and size, same bytes. Preview with `npx tsx scripts/bench-page.ts > page.html`.
 */
import { pathToFileURL } from 'node:url';
import { generateCorpus, seededRandom } from './bench-corpus.ts';

/** Where the benchmark serves the page: beside news.css, so the fixture stylesheet applies. */
export const benchPagePath = '/bench-news.html';

export interface NewsPageOptions {
  /** Minimum size of the HTML in UTF-8 bytes. */
  minBytes?: number;
  seed?: number;
}

const KICKERS = ['Bolivia · Politics', 'Bolivia · Justice', 'Americas', 'Analysis', 'Opinión', 'Economía'];
const AUTHORS = ['Ledger staff', 'Ana Quispe', 'Tom Whitaker', 'Redacción', 'Marta Villca', 'Wire services'];
const TAGS = ['Bolivia', 'Elections', 'Human rights', 'Cochabamba', 'La Paz', 'Protests', 'Courts'];
const SECTIONS = ['Home', 'Bolivia', 'Peru', 'Chile', 'Economy', 'Justice', 'Sport', 'Culture'];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A paragraph's words with some runs wrapped in links, emphasis or bold, as editors do:
 * a wrapper may cut a name in two (`Evo <a>Morales</a>`), which the scanner must join.
 */
function inlineMarkup(text: string, random: () => number): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    if (random() < 0.05 && i < words.length - 1) {
      const length = 1 + Math.floor(random() * 4);
      const run = escapeHtml(words.slice(i, i + length).join(' '));
      const roll = random();
      out.push(
        roll < 0.55
          ? `<a href="/story/${Math.floor(random() * 1e6)}">${run}</a>`
          : roll < 0.85
            ? `<em>${run}</em>`
            : `<strong>${run}</strong>`,
      );
      i += length;
    } else {
      out.push(escapeHtml(words[i] as string));
      i += 1;
    }
  }
  return out.join(' ');
}

/** The first words of a paragraph, trimmed at a word, as a headline. */
function headline(paragraph: string, words: number): string {
  const cut = paragraph.split(/\s+/).slice(0, words).join(' ');
  return cut.replace(/[,;:.]+$/, '');
}

function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ“"])/).filter((sentence) => sentence.length > 0);
}

function article(index: number, paragraphs: string[], random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const [lead = '', standfirst = '', ...body] = paragraphs;
  const parts: string[] = [];
  for (const [n, paragraph] of body.entries()) {
    const roll = random();
    if (n > 0 && n % 4 === 0) parts.push(`<h3>${escapeHtml(headline(paragraph, 5))}</h3>`);
    if (roll < 0.08) {
      const items = sentences(paragraph).map((sentence) => `<li>${inlineMarkup(sentence, random)}</li>`);
      parts.push(`<ul>${items.join('')}</ul>`);
    } else if (roll < 0.13) {
      parts.push(`<blockquote><p>${inlineMarkup(paragraph, random)}</p></blockquote>`);
    } else if (roll < 0.17) {
      parts.push(
        `<figure><svg class="photo" viewBox="0 0 160 90" aria-hidden="true"><rect width="160" height="90" fill="#b7c9d6"/></svg>` +
          `<figcaption>${inlineMarkup(headline(paragraph, 14), random)}. Photo: archive.</figcaption></figure>`,
      );
    } else {
      parts.push(`<p>${inlineMarkup(paragraph, random)}</p>`);
    }
  }
  const day = 1 + (index % 28);
  const tags = [pick(TAGS), pick(TAGS)].map((tag) => `<a href="/tag/${encodeURIComponent(tag)}">${tag}</a>`);
  return [
    `<article class="story" id="story-${index}">`,
    `<p class="kicker">${escapeHtml(pick(KICKERS))}</p>`,
    `<h2><a href="/story/${index}">${escapeHtml(headline(lead, 12))}</a></h2>`,
    `<p class="standfirst">${inlineMarkup(standfirst, random)}</p>`,
    `<p class="byline"><span>By <a class="author" href="#">${pick(AUTHORS)}</a></span>`,
    `<time datetime="2019-11-${String(day).padStart(2, '0')}">November ${day}, 2019</time></p>`,
    `<div class="story-body"><p><span class="dateline">LA PAZ —</span> ${inlineMarkup(lead, random)}</p>`,
    parts.join('\n'),
    '</div>',
    `<p class="tags">${tags.join(' ')}</p>`,
    '</article>',
  ].join('\n');
}

function sidebar(headlines: string[]): string {
  const mostRead = headlines
    .slice(0, 40)
    .map(
      (title, i) =>
        `<li><a href="/story/${i}">${escapeHtml(title)}</a> <span class="outlet">Ledger</span></li>`,
    );
  return [
    '<aside class="sidebar">',
    `<section class="widget most-read"><h2>Most read</h2><ol>${mostRead.join('')}</ol></section>`,
    '<section class="widget newsletter"><h2>Newsletter</h2><p>The Andes in your inbox every morning.</p>',
    '<span class="fake-input">you@example.com</span> <span class="fake-button">Sign up</span></section>',
    '<section class="widget factbox"><h2>Bolivia in brief</h2><ul><li>Capital: Sucre; seat of government: La Paz</li>',
    '<li>Population: 12 million</li><li>Currency: boliviano</li></ul></section>',
    '<div class="ad-slot" aria-hidden="true">Advertisement</div>',
    '</aside>',
  ].join('\n');
}

const FOOTER = [
  '<footer class="site-footer"><div class="wrap">',
  '<section><h2>Sections</h2><ul>',
  ...SECTIONS.map((section) => `<li><a href="/${section.toLowerCase()}">${section}</a></li>`),
  '</ul></section>',
  '<section><h2>About</h2><ul><li><a href="/about">About us</a></li><li><a href="/ethics">Ethics policy</a></li>',
  '<li><a href="/corrections">Corrections</a></li><li><a href="/contact">Contact</a></li></ul></section>',
  '<p class="legal">© 2019 The Andes Ledger. All rights reserved. Generated for the Glosa benchmark.</p>',
  '</div></footer>',
].join('\n');

/** A news front page of at least `minBytes` (default 2 MiB) of HTML. */
export function generateNewsPage({ minBytes = 2 * 1024 * 1024, seed = 4078 }: NewsPageOptions = {}): string {
  const random = seededRandom(seed ^ 0x9e3779b9);
  // Markup adds roughly a fifth to the text; ask for a little more text than needed and
  // stop adding articles once the page is large enough.
  const paragraphs = generateCorpus(Math.ceil(minBytes * 0.9), seed).split('\n\n');
  const head = [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Bolivia live: the crisis, day by day | The Andes Ledger</title>',
    '<link rel="stylesheet" href="news.css">',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsMediaOrganization","name":"The Andes Ledger"}</script>',
    '</head>',
    '<body class="site-ledger">',
    '<a class="skip-link" href="#main">Skip to content</a>',
    '<header class="masthead"><div class="wrap"><a class="brand" href="/"><span class="brand-name">The Andes Ledger',
    '<span class="brand-tagline">News and analysis from the Andean countries</span></span></a></div>',
    `<nav class="site-nav" aria-label="Sections"><ul>${SECTIONS.map((section) => `<li><a href="#">${section}</a></li>`).join('')}</ul></nav>`,
    '</header>',
    '<noscript><p>Evo Morales and Jeanine Áñez: enable JavaScript for live updates.</p></noscript>',
    '<div class="layout"><main id="main">',
  ].join('\n');
  const tail = (headlines: string[]) =>
    [
      '<section class="comments"><h2>Comments</h2>',
      '<textarea aria-label="Your comment">Morales and Áñez, again? Draft comment text is never annotated.</textarea>',
      '<button type="button">Post</button></section>',
      '</main>',
      sidebar(headlines),
      '</div>',
      FOOTER,
      '</body></html>',
    ].join('\n');

  const articles: string[] = [];
  const headlines: string[] = [];
  let bytes = Buffer.byteLength(head, 'utf8') + 4096;
  let next = 0;
  for (let index = 0; bytes < minBytes; index++) {
    const count = 6 + Math.floor(random() * 10);
    // Reuse the corpus from the start if the markup came out lighter than expected.
    const chunk = Array.from(
      { length: count },
      (_, i) => paragraphs[(next + i) % paragraphs.length] as string,
    );
    next += count;
    const html = article(index, chunk, random);
    headlines.push(headline(chunk[0] as string, 10));
    articles.push(html);
    bytes += Buffer.byteLength(html, 'utf8') + 1;
  }
  return `${head}\n${articles.join('\n')}\n${tail(headlines)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const minBytes = Number(process.argv[2] ?? 2 * 1024 * 1024);
  process.stdout.write(generateNewsPage({ minBytes }));
}

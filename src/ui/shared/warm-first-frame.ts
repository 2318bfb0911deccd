// The first frame that shows the letters' table and filters, during an import,
// was the import's longest main-thread task (1,024 real PDFs dropped on the
// page, both cores busy with the PDF workers). Much of it was the browser's
// first use of things the empty page never needs, each done once per page:
// - the first date field loads its calendar icon, an SVG document of its own
//   (17 ms of that frame in a trace), and the first of some other fields looks
//   up the font of their built-in icons;
// - the first text in each font family, size and weight asks the browser
//   process for the font and its rendering settings, a blocking round trip
//   each, and a character missing from a font asks for a fallback (about
//   60 ms of a 111 ms frame in a trace, on Linux).
// While the page is idle, before any letters come, these are laid out off
// screen and then removed, a few at a time, so those costs fall there instead.

import { idleSlices } from './idle-slices';

// Symbols the dashboard draws that a text font may lack (expanders, sort marks,
// dashes, quotes): each may send the browser looking for a fallback font.
const SAMPLE = 'Aa 0123 ▸▾▴↑↓↕—–’…×✓';

/** Marked once every slice has run (the page's tests wait for it). */
const WARMED = 'first-frame:warmed';

type FontChoices = { families: string[]; sizes: string[]; weights: string[] };

/**
 * Every font family, size and weight the page's stylesheets set, as written
 * there (custom properties included), but for media that do not apply (print).
 * The charts' stylesheet comes with their code, which may load later: their
 * text is drawn after an import, in idle time, outside its first frames.
 */
function fontChoices(): FontChoices {
  const families = new Set<string>(['var(--font-sans)']);
  const sizes = new Set<string>();
  const weights = new Set<string>(['400', '700']);
  const add = (set: Set<string>, value: string) => {
    if (value !== '' && !/^(inherit|initial|unset|revert)/.test(value)) set.add(value);
  };
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        add(families, rule.style.fontFamily);
        add(sizes, rule.style.fontSize);
        add(weights, rule.style.fontWeight);
      }
      if (rule instanceof CSSMediaRule && !window.matchMedia(rule.media.mediaText).matches) continue;
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) walk(rule.cssRules);
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      walk(sheet.cssRules);
    } catch {
      // A sheet from elsewhere cannot be read; the page has none of its own.
    }
  }
  return { families: [...families], sizes: [...sizes], weights: [...weights] };
}

function offScreen<T extends HTMLElement>(element: T): T {
  element.setAttribute('aria-hidden', 'true');
  element.style.cssText = 'position: fixed; left: -10000px; top: 0; visibility: hidden; contain: layout style';
  document.body.append(element);
  return element;
}

/** Lays `element` out now and removes it at the next frame (or soon, in a background tab, which has no frames). */
function layOutOnce(element: HTMLElement): void {
  element.getBoundingClientRect();
  const remove = () => element.remove();
  requestAnimationFrame(remove);
  setTimeout(remove, 1000);
}

export function warmFirstFrame(): void {
  let choices: FontChoices | null = null;
  let size = 0;
  const warmed = () => {
    performance.mark(WARMED);
    return true;
  };
  idleSlices(() => {
    if (choices === null) {
      // The kinds of field the filters and the search box show.
      const fields = offScreen(document.createElement('div'));
      for (const type of ['date', 'number', 'search', 'checkbox']) {
        const field = document.createElement('input');
        field.type = type;
        field.tabIndex = -1;
        fields.append(field);
      }
      layOutOnce(fields);
      choices = fontChoices();
      return choices.sizes.length === 0 && warmed();
    }
    // One font size per slice: a slice asks the browser process once per family and weight.
    const block = offScreen(document.createElement('div'));
    for (const family of choices.families) {
      for (const weight of choices.weights) {
        const line = document.createElement('div');
        line.style.fontFamily = family;
        line.style.fontSize = choices.sizes[size] ?? '';
        line.style.fontWeight = weight;
        line.textContent = SAMPLE;
        block.append(line);
      }
    }
    layOutOnce(block);
    return ++size >= choices.sizes.length && warmed();
  });
}

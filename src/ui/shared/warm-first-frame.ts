// The filter panel's date fields are the page's first date inputs. The first
// one laid out in a page sets up the browser's date fields and loads their
// calendar icon (an SVG document of its own): 17 ms of the first frame showing
// the table and filters in a trace of 1,024 real PDFs dropped on the page, a
// frame laid out while the two PDF workers hold both cores. One is laid out off
// screen while the page is idle, before any letters come, and then removed.

import { idleSlices } from './idle-slices';

export function warmDateInput(): void {
  idleSlices(() => {
    const probe = document.createElement('input');
    probe.type = 'date';
    probe.tabIndex = -1;
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = 'position: fixed; left: -10000px; top: 0; visibility: hidden';
    document.body.append(probe);
    // Layout builds its parts, calendar icon included; the next frame paints nothing of it.
    probe.getBoundingClientRect();
    // A page opened in a background tab has no frames until it is shown.
    const remove = () => probe.remove();
    requestAnimationFrame(remove);
    setTimeout(remove, 1000);
    return true;
  });
}

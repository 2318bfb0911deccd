// "Download SVG" and "Download PNG" for a chart card. Everything happens in
// the page: the chart's <svg> elements are cloned with their computed styles
// written inline (the stylesheet does not travel with the file), and the PNG is
// the SVG drawn onto a canvas from an object URL. No network, no library.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The computed properties that decide how a chart looks. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Attributes that only matter to a live page (focus, screen readers, clicks). */
const LIVE_ATTRIBUTES = ['tabindex', 'role', 'aria-label', 'aria-hidden', 'focusable', 'class'];

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value !== '') declarations.push(`${property}:${value}`);
  }
  // Hidden parts (e.g. a collapsed data table in a foreignObject) stay hidden.
  if (computed.display === 'none') declarations.push('display:none');
  target.setAttribute('style', declarations.join(';'));
  for (const name of LIVE_ATTRIBUTES) target.removeAttribute(name);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s !== undefined && t !== undefined) inlineStyles(s, t);
  }
}

export interface LegendEntry {
  label: string;
  colour: string;
}

export interface SvgExportOptions {
  title: string;
  legend: readonly LegendEntry[];
}

export interface SvgExport {
  text: string;
  width: number;
  height: number;
}

const HEADER = 34;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/**
 * One standalone SVG of every chart surface inside `figure`, placed as on
 * screen, under a title and a legend line, with the figure's HTML labels
 * marked `data-export-text`.
 */
export function figureToSvg(figure: HTMLElement, options: SvgExportOptions): SvgExport {
  const box = figure.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height) + HEADER;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.appendChild(background);

  const title = document.createElementNS(SVG_NS, 'text');
  title.setAttribute('x', '8');
  title.setAttribute('y', '20');
  title.setAttribute('style', `font-family:${FONT};font-size:15px;font-weight:600;fill:#1a1a1a`);
  title.textContent = options.title;
  root.appendChild(title);

  const measure = textMeasurer(`12px ${FONT}`);
  let legendX = width - 8;
  for (const entry of [...options.legend].reverse()) {
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(legendX));
    label.setAttribute('y', '20');
    label.setAttribute('text-anchor', 'end');
    label.setAttribute('style', `font-family:${FONT};font-size:12px;fill:#1a1a1a`);
    label.textContent = entry.label;
    root.appendChild(label);
    legendX -= measure(entry.label) + 4;
    const swatch = document.createElementNS(SVG_NS, 'rect');
    swatch.setAttribute('x', String(legendX - 10));
    swatch.setAttribute('y', '11');
    swatch.setAttribute('width', '10');
    swatch.setAttribute('height', '10');
    swatch.setAttribute('fill', entry.colour);
    root.appendChild(swatch);
    legendX -= 24;
  }

  for (const surface of figure.querySelectorAll('svg')) {
    const rect = surface.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const clone = surface.cloneNode(true);
    if (!(clone instanceof SVGSVGElement)) continue;
    inlineStyles(surface, clone);
    clone.setAttribute('x', String(Math.round(rect.left - box.left)));
    clone.setAttribute('y', String(Math.round(rect.top - box.top) + HEADER));
    clone.setAttribute('width', String(Math.round(rect.width)));
    clone.setAttribute('height', String(Math.round(rect.height)));
    clone.style.removeProperty('position');
    root.appendChild(clone);
  }
  // Labels set in HTML beside the surfaces (the rate panel's caption) travel as SVG text.
  for (const label of figure.querySelectorAll<HTMLElement>('[data-export-text]')) {
    const rect = label.getBoundingClientRect();
    const content = label.textContent?.trim() ?? '';
    if (rect.width === 0 || content === '') continue;
    const style = getComputedStyle(label);
    const size = Number.parseFloat(style.fontSize) || 12;
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(Math.round(rect.left - box.left + Number.parseFloat(style.paddingLeft || '0'))));
    // The baseline sits about 0.8 of the font size below the line's top.
    text.setAttribute('y', String(Math.round(rect.top - box.top + HEADER + (rect.height - size) / 2 + size * 0.8)));
    text.setAttribute('style', `font-family:${FONT};font-size:${size}px;fill:${style.color}`);
    text.textContent = content;
    root.appendChild(text);
  }
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** Text widths in a given font, for laying out the legend before the SVG is anywhere in the page. */
function textMeasurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return (text) => text.length * 7;
  context.font = font;
  return (text) => Math.ceil(context.measureText(text).width);
}

/** The SVG rasterised at `scale` times its size (2: sharp on high-density screens and in documents). */
export async function svgToPng(svg: SvgExport, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob === null ? reject(new Error('The browser could not encode the PNG.')) : resolve(blob)), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

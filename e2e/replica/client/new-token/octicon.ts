import { iconShapes, type IconName } from '../../shared/icon-shapes.ts';

/** The DOM twin of the server's octicon markup, for rows the page script adds. */
export function octiconElement(name: IconName): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [attribute, value] of Object.entries({ 'aria-hidden': 'true', viewBox: '0 0 16 16', width: '16', height: '16', fill: 'currentColor', class: `octicon octicon-${name}` })) {
    svg.setAttribute(attribute, value);
  }
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', iconShapes[name]);
  svg.append(path);
  return svg;
}

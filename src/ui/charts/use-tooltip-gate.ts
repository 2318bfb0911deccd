// Keeps a chart's tooltip from outliving its data. A click on a bar filters
// the table, the chart redraws smaller, and the pointer that was on the bar is
// now outside the chart without ever having left it: the chart gets no
// mouseleave and its tooltip would stay up over the data table. The tooltip is
// allowed only once the pointer has moved over the figure since the data changed.
import { useState } from 'react';
import type { PointerEventHandler } from 'react';

export interface TooltipGate {
  /** For recharts' Tooltip `active`: false hides it, undefined lets the pointer decide. */
  active: false | undefined;
  /** For the element around the chart surface (not its legend: only the surface updates the tooltip). */
  handlers: { onPointerMove: PointerEventHandler; onPointerLeave: PointerEventHandler };
}

export function useTooltipGate(data: unknown): TooltipGate {
  const [hovered, setHovered] = useState<unknown>(null);
  return {
    active: hovered === data ? undefined : false,
    handlers: {
      onPointerMove: () => {
        if (hovered !== data) setHovered(data);
      },
      onPointerLeave: () => setHovered(null),
    },
  };
}

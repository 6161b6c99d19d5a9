// The Radix half of FigureValue, loaded only through import() (see figure-value.tsx): Radix Popover with
// floating-ui, the dismissable layer and the focus scope is ~25 kB gzip that the first paint does not need.
// FigureValue owns the button, the open state and the screen-reader description, and draws them before this
// chunk arrives; this places the open popover against that same button and dismisses it (Escape, a press or
// focus elsewhere). The button is never Radix's, so the chunk arriving never replaces it under the reader.
import * as Popover from '@radix-ui/react-popover';
import { useRef, type MouseEventHandler, type PointerEventHandler, type ReactNode, type RefObject } from 'react';
import type { Provenance } from '@/contract/schemas';

export interface FigurePopoverProps {
  open: boolean;
  /** Radix closes it: Escape, a press outside both the popover and its figure, focus moving elsewhere. */
  onDismiss: () => void;
  /** The figure's button: the popover sits against it, and a press on it is not a press outside. */
  trigger: RefObject<HTMLButtonElement | null>;
  /** The popover's own id (the button's aria-controls) and the button's id (the popover's name). */
  id: string;
  triggerId: string;
  provenance: Provenance;
  /** Asked on Escape: whether focus goes back to the figure (pressed open) or stays put (hovered open). */
  returnFocusOnEscape: () => boolean;
  onPointerEnter: PointerEventHandler;
  onPointerLeave: PointerEventHandler;
  onClick: MouseEventHandler;
  children: ReactNode;
}

export function FigurePopover({
  open, onDismiss, trigger, id, triggerId, provenance, returnFocusOnEscape, onPointerEnter, onPointerLeave, onClick, children,
}: FigurePopoverProps) {
  const returnFocus = useRef(false);
  return (
    <Popover.Root open={open} onOpenChange={(next) => { if (!next) onDismiss(); }}>
      <Popover.Anchor virtualRef={trigger} />
      <Popover.Portal>
        <Popover.Content
          id={id}
          className="tip"
          data-provenance={provenance}
          aria-labelledby={triggerId}
          side="bottom"
          align="center"
          sideOffset={6}
          collisionPadding={8}
          avoidCollisions
          // Focus stays on the figure: there is nothing to operate in here, Tab goes on to the next
          // figure, and a screen reader already has the text through aria-describedby.
          onOpenAutoFocus={(event) => event.preventDefault()}
          // What Popover.Trigger would do: a press on the figure is its own toggle, not a dismissal.
          onInteractOutside={(event) => {
            if (event.target instanceof Node && trigger.current?.contains(event.target)) event.preventDefault();
          }}
          onEscapeKeyDown={() => { returnFocus.current = returnFocusOnEscape(); }}
          onCloseAutoFocus={(event) => {
            // Radix would focus its own trigger; the figure's button is ours, so focus it here, and only
            // after Escape (any other close leaves focus where the reader put it).
            event.preventDefault();
            if (returnFocus.current) trigger.current?.focus();
            returnFocus.current = false;
          }}
          onPointerEnter={onPointerEnter}
          onPointerLeave={onPointerLeave}
          onClick={onClick}
        >
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

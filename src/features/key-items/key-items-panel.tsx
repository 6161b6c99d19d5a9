import { useId } from 'react';
import { useMessages } from '@/lib/i18n/use-messages';
import { ContextItems } from './context-items';
import { FundsProjectsItems } from './funds-projects-items';
import { InvestmentItems } from './investment-items';
import { NextStepsItems, ParksItems, PlatformsItems } from './platforms-items';
import { SuXinItems } from './suxin-items';

/**
 * Documented facts that are not KPIs: documents, platforms, parks, partners, events and next steps.
 * Each part reads one resource through its own QueryWidget, so one failed request blanks only its part.
 */
export function KeyItemsPanel() {
  const m = useMessages().keyItems;
  const titleId = useId();
  return (
    <section className="panel" aria-labelledby={titleId} data-provenance="documented">
      <div className="panel-head">
        <h2 className="panel-title" id={titleId}>{m.title}</h2>
        <span className="panel-meta">{m.note}</span>
      </div>
      {/* The parts flow into as many balanced columns as the width holds (styles.css, .key-items-body). */}
      <div className="key-items-body">
        <ContextItems />
        <FundsProjectsItems />
        <PlatformsItems />
        <ParksItems />
        <InvestmentItems />
        <SuXinItems />
        <NextStepsItems />
      </div>
    </section>
  );
}

import { useId } from 'react';
import { useLang } from '@/stores/language-store';
import { ContextItems } from './context-items';
import { FundsProjectsItems } from './funds-projects-items';
import { InvestmentItems } from './investment-items';
import { NextStepsItems, ParksItems, PlatformsItems } from './platforms-items';
import { SuXinItems } from './suxin-items';

const M = {
  zh: { title: '重点事项与下一步', note: '以下均为来函原文所述事项，每项附原文' },
  en: { title: 'Key items and next steps', note: "All items below are stated in the letter; each shows the letter's words" },
};

/**
 * Documented facts that are not KPIs: documents, platforms, parks, partners, events and next steps.
 * Each part reads one resource through its own QueryWidget, so one failed request blanks only its part.
 */
export function KeyItemsPanel() {
  const lang = useLang();
  const titleId = useId();
  return (
    <section className="panel" aria-labelledby={titleId} data-provenance="documented">
      <div className="panel-head">
        <h2 className="panel-title" id={titleId}>{M[lang].title}</h2>
        <span className="panel-meta">{M[lang].note}</span>
      </div>
      <ContextItems />
      <FundsProjectsItems />
      <PlatformsItems />
      <ParksItems />
      <InvestmentItems />
      <SuXinItems />
      <NextStepsItems />
    </section>
  );
}

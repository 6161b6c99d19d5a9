import { useQuery } from '@tanstack/react-query';
import { fundsQuery } from '@/api/queries';
import { Clamped } from '@/components/clamped';
import { FigureValue } from '@/components/figure-value';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { FactItem, ItemGroup, ReadingNote, SourceQuote } from './source-quote';
import { textIn } from '@/lib/local-text';
import { useProjects } from '@/projects/state/month';

/**
 * The pipeline as the letter states it (26 projects, 4 categories, 319.3亿元) and the projects it names.
 * A named project carries its name, the stage we read from the letter (marked as a reading) and the quote:
 * never a number, because every number about single projects is illustrative.
 */
export function FundsProjectsItems() {
  const lang = useLang();
  const msg = useMessages();
  const m = msg.keyItems.fundsProjects;
  const funds = useQuery(fundsQuery());
  const projects = useProjects();
  return (
    <div>
      <h3 className="panel-title">{m.title}</h3>
      <QueryWidget query={funds} minHeight={48}>
        {(d) => (
          <ItemGroup title={m.vehicle}>
            <ul className="list"><FactItem fact={d.vehicle} /></ul>
          </ItemGroup>
        )}
      </QueryWidget>
      <QueryWidget query={projects} minHeight={96}>
        {(d) => (
          <>
            <ItemGroup title={m.categories} quotes={[d.documented.count.quote ?? '']}>
              <p>
                {m.count} <FigureValue figure={d.documented.count} size="sm" /> · {m.cats}{' '}
                <FigureValue figure={d.documented.categories} size="sm" /> · {m.total}{' '}
                <FigureValue figure={d.documented.total} size="sm" />
              </p>
              <p>
                {d.categories.map((c) => textIn(c.name, lang)).join(msg.sep.enumeration)}{' '}
                <ProvenanceBadge provenance="inferred" />
              </p>
              <ReadingNote reading={d.categories[0]?.reading} />
            </ItemGroup>
            <ItemGroup title={m.named} empty={d.named.length === 0} note={m.namedNote}>
              <ul className="list" data-provenance="documented">
                {d.named.map((p) => (
                  <li key={p.id} className="list-item">
                    <Clamped text={`${p.name[lang]} — ${msg.stage[p.stage]}`} lines={3}>
                      {p.name[lang]} — {msg.stage[p.stage]}{' '}
                      <ProvenanceBadge provenance={p.stageProvenance} />
                    </Clamped>
                    <ReadingNote reading={p.reading} />
                    <SourceQuote quotes={[p.quote]} />
                  </li>
                ))}
              </ul>
            </ItemGroup>
          </>
        )}
      </QueryWidget>
    </div>
  );
}

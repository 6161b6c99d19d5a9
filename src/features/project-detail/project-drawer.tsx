import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState } from 'react';
import { clampClass, useIsCut } from '@/components/clamped';
import { QueryWidget } from '@/components/query-widget';
import { quoted } from '@/lib/url-state';
import { useLang } from '@/stores/language-store';
import { PROJECT_ID_FORM, useProjectParam } from '@/projects/state/project-param';
import { useDetailMessages } from '@/lib/i18n/use-detail-messages';
import { useMessages } from '@/lib/i18n/use-messages';
import { ProjectDetail } from './project-detail';
import { langOf, textIn } from '@/lib/local-text';
import { useProjects } from '@/projects/state/month';

/** Whether a link points at this project's page (`?project=P09`), whatever else its URL keeps. */
function linksTo(a: HTMLAnchorElement, id: string): boolean {
  try {
    return new URL(a.href).searchParams.get('project') === id;
  } catch {
    return false;
  }
}

/**
 * Where focus goes when the drawer closes. Radix returns it to a Dialog.Trigger, and a name link is not one
 * (it is a plain link that sets the URL), so the drawer does it: to what had focus when it opened, if still
 * there; else to a link to this project on the page (Safari does not focus a clicked link, and a drawer
 * opened from a shared link had no opener); else to the page's main content, never to nothing.
 */
function focusAfterClose(opener: Element | null, id: string): HTMLElement | null {
  if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) return opener;
  // A name link (ProjectLink's class): other links keep the URL's project= too (the view tabs keep every parameter).
  const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('a.project-link[href]')).find((a) => linksTo(a, id));
  if (link) return link;
  const main = document.getElementById('main');
  if (main && !main.hasAttribute('tabindex')) main.tabIndex = -1;
  return main;
}

/**
 * The drawer's title row: the dialog's name and its close button, in every state. A long name is cut at three
 * lines (the row stays put as the page scrolls under it), whole in its title and, when cut, under the row too:
 * a phone has no pointer to read a title with.
 */
/** `lang`: a name the source gave in Chinese only, on the English page. */
function DrawerHead({ title, lang }: { title: string; lang?: 'zh' }) {
  const dm = useDetailMessages().projectDetail;
  const heading = useRef<HTMLHeadingElement>(null);
  const cut = useIsCut(heading, title);
  return (
    <>
      <div className="drawer-head">
        <Dialog.Title ref={heading} className={`drawer-title ${clampClass(3)}`} title={title} lang={lang}>{title}</Dialog.Title>
        <Dialog.Close className="button drawer-close" aria-label={dm.close}>
          <span aria-hidden="true">✕</span>
        </Dialog.Close>
      </div>
      {cut ? <p className="drawer-full-name" aria-hidden="true">{title}</p> : null}
    </>
  );
}

/** The project, found by id in the cached list; loading, a failed load and an unknown id each say so. */
function ProjectLookup({ id }: { id: string }) {
  const lang = useLang();
  const m = useMessages();
  const dm = useDetailMessages();
  const query = useProjects();
  const p = query.data?.items.find((x) => x.id === id);
  const title = p ? textIn(p.name, lang) : query.data ? dm.projectDetail.unknown(id) : dm.projectDetail.pending;
  // The name is a figure of the record too (示例项目09): the whole page carries the record's provenance.
  return (
    <div className="drawer-inner" data-provenance={p?.provenance}>
      <DrawerHead title={title} lang={p ? langOf(p.name, lang) : undefined} />
      <QueryWidget query={query} minHeight={320}>
        {(data) => (p
          ? <ProjectDetail p={p} data={data} lang={lang} m={m} dm={dm} />
          : <p className="drawer-message">{dm.projectDetail.unknownHint}</p>)}
      </QueryWidget>
    </div>
  );
}

/** A link whose project value is not an id at all: shown as the text it was, and never looked up. */
function BadId({ raw }: { raw: string }) {
  const dm = useDetailMessages().projectDetail;
  return (
    <div className="drawer-inner">
      <DrawerHead title={dm.badId} />
      <div className="drawer-message" role="alert">
        <p>{dm.badIdShown(quoted(raw))}</p>
        <p>{dm.badIdHint}</p>
      </div>
    </div>
  );
}

/**
 * A project's own page (`?project=P09`): a modal side sheet (Radix Dialog) over whatever view is open, full
 * width on a phone. The URL is its state: Esc and the close button call close(), which goes Back when this
 * page opened it, so Back, Esc and the button all end the same way. A lazy chunk (src/app/project-drawer-slot.tsx).
 */
export function ProjectDrawer({ id }: { id: string }) {
  const { close } = useProjectParam();
  // Read while rendering, before Radix moves focus into the drawer: the element the reader opened it from.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  // Esc pressed twice before the URL has changed must not step Back twice.
  const closing = useRef(false);
  const onOpenChange = (open: boolean) => {
    if (open || closing.current) return;
    closing.current = true;
    close();
  };
  return (
    <Dialog.Root open onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="drawer-overlay" />
        <Dialog.Content
          className="drawer"
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            focusAfterClose(opener, id)?.focus();
          }}
        >
          {PROJECT_ID_FORM.test(id) ? <ProjectLookup id={id} /> : <BadId raw={id} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

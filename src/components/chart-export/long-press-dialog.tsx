import * as Dialog from '@radix-ui/react-dialog';
import type { Provenance } from '@/contract/schemas';
import { useExportMessages } from '@/lib/i18n/use-export-messages';

interface Props {
  /** An object URL of the PNG; the caller made it and revokes it in onClose. */
  url: string;
  title: string;
  provenance: Provenance;
  onClose: () => void;
}

/**
 * WeChat's in-app browser drops downloads but lets a reader long-press an image to save or forward it: the
 * PNG itself, whole, in a dialog named 长按图片保存.
 */
export function LongPressDialog({ url, title, provenance, onClose }: Props) {
  const ex = useExportMessages().wechat;
  return (
    <Dialog.Root open onOpenChange={(open) => { if (!open) onClose(); }}>
      <Dialog.Portal>
        <Dialog.Overlay className="drawer-overlay" />
        <Dialog.Content className="long-press" data-provenance={provenance}>
          <Dialog.Title className="long-press-title">{ex.title}</Dialog.Title>
          <Dialog.Description className="long-press-hint">{ex.hint}</Dialog.Description>
          <img className="long-press-image" src={url} alt={ex.imageAlt(title)} />
          <Dialog.Close className="button">{ex.close}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

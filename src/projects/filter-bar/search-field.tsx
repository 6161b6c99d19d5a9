import { useEffect } from 'react';
import type { Project } from '@/contract/schemas';
import { loadPinyin, usePinyin } from '@/projects/state/pinyin-search';
import { usePlannerMessages } from '@/projects/messages/use-planner-messages';

interface Props {
  id: string;
  label: string;
  value: string;
  /** The whole list, read ahead for pinyin once its chunk is in. */
  items?: readonly Project[];
  onChange: (value: string | null) => void;
}

/**
 * The search box: names as typed, or their pinyin, initials or a mix ("sjzx", "数据zx"). The pinyin search is
 * a chunk of its own, fetched on the first focus, or at once when the URL already carries a search (a shared
 * link). Should it fail to load, the search still matches the text as typed, a quiet note says so, and the
 * next focus tries again.
 */
export function SearchField({ id, label, value, items, onChange }: Props) {
  const pm = usePlannerMessages();
  const { status, readAhead } = usePinyin();
  useEffect(() => {
    if (value && status === 'idle') loadPinyin();
  }, [value, status]);
  // Once the chunk is in, the list's names are read ahead while the box is on the page, and no longer.
  useEffect(() => (readAhead && items ? readAhead(items) : undefined), [readAhead, items]);
  const failed = status === 'failed';
  // The note sits outside the label: the box's name stays 搜索项目 whatever the note says.
  return (
    <div className="filter-field filter-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" type="search" maxLength={100} value={value} placeholder={pm.search.hint}
        aria-describedby={failed ? `${id}-pinyin` : undefined}
        onFocus={loadPinyin} onChange={(e) => onChange(e.target.value || null)} />
      {failed ? <span id={`${id}-pinyin`} className="field-note" role="status">{pm.search.pinyinFailed}</span> : null}
    </div>
  );
}

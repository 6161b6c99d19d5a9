import { useMediaQuery } from '@/lib/media-query';

/** Phones: below 600 CSS px the table gives way to cards (the same breakpoint as styles.css). */
const QUERY = '(max-width: 599.98px)';

export const useNarrow = (): boolean => useMediaQuery(QUERY);

/**
 * The export UI as one lazily loaded chunk: each chart panel's menu and the whole-view snapshot button, both
 * fetched on the first press of an export button. One import() for both keeps the initial JS to one door: every
 * import() there carries the list of files its chunk needs, hashed names that gzip cannot shrink.
 */
export { ExportMenu } from './export-menu';
export { ViewSnapshot } from '@/components/view-snapshot/view-snapshot';

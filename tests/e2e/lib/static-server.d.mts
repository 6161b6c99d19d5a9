export interface StaticServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** origin + sub-path, ending in "/" */
  url: string;
  close(): Promise<void>;
}
export function startStaticServer(options: { root: string; basePath?: string; gzip?: boolean }): Promise<StaticServer>;

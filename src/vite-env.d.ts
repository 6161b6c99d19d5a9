/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real service (…/api/v1); unset builds the labelled demo. */
  readonly VITE_API_BASE_URL?: string;
  /** `true` lets a production build honour ?scenario= (bench and fault tests only). */
  readonly VITE_ENABLE_SCENARIOS?: string;
  /** The seed snapshot's as-of date and source (JSON), defined by vite.config.ts from seeds/documented.ts. */
  readonly VITE_SNAPSHOT_AS_OF: string;
  readonly VITE_SNAPSHOT_SOURCE: string;
}

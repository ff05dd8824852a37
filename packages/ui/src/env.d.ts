interface ImportMetaEnv {
  /** The city this build serves; sent as `x-engagiert-city` when a partner city builds its own copy. */
  readonly VITE_CITY?: string;
  /** Base URL of the API when it is not on the app's own origin. */
  readonly VITE_API_URL?: string;
}

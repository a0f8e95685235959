// The .ftl files compiled into the bundle (the Tauri shell loads ui/dist from disk, offline).

import type { Localizer } from './l10n';
import { createLocalizer } from './l10n';

export const FTL_SOURCES = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const localizer: Localizer = createLocalizer(FTL_SOURCES);

// The .ftl files compiled into the bundle (the Tauri shell loads ui/dist from disk, offline):
// every file of every language except the server's (`server.ftl`, `counter.ftl`: the phone,
// My Page and counter pages, whose `srv-`/`pdf-` ids the kiosk never shows). They were 44 % of
// the text the kiosk parsed before its first screen.

import type { Localizer } from './l10n';
import { createLocalizer } from './l10n';

export const FTL_SOURCES = import.meta.glob(
  ['../../../locales/*/*.ftl', '!../../../locales/*/server.ftl', '!../../../locales/*/counter.ftl'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

export const localizer: Localizer = createLocalizer(FTL_SOURCES);

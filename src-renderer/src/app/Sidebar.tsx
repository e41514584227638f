import type { AppInfo, ThemePreference } from '../../../src-shared/domain.ts';
import { useSettings } from '../features/settings/settings-store.ts';
import { useNavigation } from './navigation-store.ts';
import { PAGES } from './pages.ts';

const THEMES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function Sidebar({ info }: { info: AppInfo | null }) {
  const page = useNavigation((state) => state.page);
  const go = useNavigation((state) => state.go);
  const theme = useSettings((state) => state.settings.theme);
  const setTheme = useSettings((state) => state.setTheme);
  const modifier = isMac ? '⌘' : 'Ctrl+';

  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ⚔
        </span>
        BYOK Arena
      </div>
      <nav aria-label="Pages">
        <ul>
          {PAGES.map((entry, index) => (
            <li key={entry.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={page === entry.id ? 'page' : undefined}
                aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${index + 1}`}
                onClick={() => go(entry.id)}
              >
                <span>{entry.label}</span>
                <kbd>
                  {modifier}
                  {index + 1}
                </kbd>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <label className="field">
          <span>Theme</span>
          <select value={theme} onChange={(event) => void setTheme(event.target.value as ThemePreference)}>
            {THEMES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <p className="version">{info ? `v${info.version} · ${info.platform}` : 'Not connected'}</p>
      </div>
    </aside>
  );
}

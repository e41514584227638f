import {
  CalendarRange,
  ChartColumnStacked,
  Columns3,
  History,
  KeyRound,
  type LucideIcon,
  PanelLeftClose,
  PanelLeftOpen,
  Tags,
} from 'lucide-react';
import type { AppInfo, ThemePreference } from '../../../src-shared/domain.ts';
import { useSettings } from '../features/settings/settings-store.ts';
import { useNavigation } from './navigation-store.ts';
import { PAGES, type PageId } from './pages.ts';
import { useSidebar } from './sidebar-store.ts';

const THEMES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const ICONS: Record<PageId, LucideIcon> = {
  playground: Columns3,
  keys: KeyRound,
  prices: Tags,
  plan: CalendarRange,
  history: History,
  spending: ChartColumnStacked,
};

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
export const SIDEBAR_ID = 'sidebar';

export function Sidebar({ info }: { info: AppInfo | null }) {
  const page = useNavigation((state) => state.page);
  const go = useNavigation((state) => state.go);
  const theme = useSettings((state) => state.settings.theme);
  const setTheme = useSettings((state) => state.setTheme);
  const collapsed = useSidebar((state) => state.collapsed);
  const toggle = useSidebar((state) => state.toggle);
  const modifier = isMac ? '⌘' : 'Ctrl+';
  const ToggleIcon = collapsed ? PanelLeftOpen : PanelLeftClose;

  return (
    <aside className="sidebar" id={SIDEBAR_ID}>
      <div className="sidebar-top">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⚔
          </span>
          <span className="brand-name">BYOK Arena</span>
        </div>
        <button
          type="button"
          className="sidebar-toggle quiet"
          aria-label="Sidebar"
          aria-expanded={!collapsed}
          aria-controls={SIDEBAR_ID}
          aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+B`}
          title={`${collapsed ? 'Expand' : 'Collapse'} the sidebar (${modifier}B)`}
          onClick={toggle}
        >
          <ToggleIcon aria-hidden="true" size={18} />
        </button>
      </div>
      <nav aria-label="Pages">
        <ul>
          {PAGES.map((entry, index) => {
            const Icon = ICONS[entry.id];
            return (
              <li key={entry.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={page === entry.id ? 'page' : undefined}
                  aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${index + 1}`}
                  title={collapsed ? `${entry.label} (${modifier}${index + 1})` : undefined}
                  onClick={() => go(entry.id)}
                >
                  <Icon aria-hidden="true" size={18} className="nav-icon" />
                  <span className="nav-label">{entry.label}</span>
                  <kbd>
                    {modifier}
                    {index + 1}
                  </kbd>
                </button>
              </li>
            );
          })}
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

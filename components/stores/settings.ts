/**
 * Settings store (zustand) for the popup and the options page, kept in sync
 * with extension storage both ways: changes made here are written through
 * `updateSettings`, and changes made anywhere else arrive through `watch`.
 */
import { create } from 'zustand';
import { getSettings, type Settings, settingsItem, updateSettings } from '@/utils/settings';

interface SettingsState {
  settings: Settings | null;
  error: string | null;
  /** Loads once and follows storage; returns the unwatch function. */
  connect(): () => void;
  update(patch: Partial<Settings>): Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  error: null,
  connect() {
    const load = () =>
      getSettings().then(
        (settings) => set({ settings, error: null }),
        (e) => set({ error: String((e as Error).message ?? e) }),
      );
    void load();
    return settingsItem.watch(() => void load());
  },
  async update(patch) {
    try {
      set({ settings: await updateSettings(patch), error: null });
    } catch (e) {
      set({ error: String((e as Error).message ?? e) });
    }
  },
}));

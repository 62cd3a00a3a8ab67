/** The two looks of the app. */
export type ThemeName = "light" | "dark";

export interface ThemeState {
  /** What the system asks for (prefers-color-scheme). */
  readonly systemTheme: ThemeName;
  /** What the person chose with the toggle, or null to follow the system. */
  readonly themeChoice: ThemeName | null;
}

export interface ThemeActions {
  chooseTheme(theme: ThemeName | null): void;
  noticeSystemTheme(theme: ThemeName): void;
}

/** Takes only a setter, so this file needs nothing from the store that includes it. */
export const createThemeSlice = (set: (change: Partial<ThemeState>) => void): ThemeState & ThemeActions => ({
  systemTheme: "light",
  themeChoice: null,
  chooseTheme: (theme) => set({ themeChoice: theme }),
  noticeSystemTheme: (theme) => set({ systemTheme: theme }),
});

/** The theme shown: the person's choice, else the system's. */
export const selectTheme = (state: ThemeState): ThemeName => state.themeChoice ?? state.systemTheme;

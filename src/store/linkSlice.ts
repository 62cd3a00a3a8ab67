import type { StateCreator } from "zustand";
import type { IgnoredInLink } from "../domain/linkReport.ts";
import type { AppStore } from "./appStore.ts";

/** A link made on another map: its question is held back instead of being applied to the wrong ids. */
export interface OtherMapLink {
  /** The identity the link names (`bundled` when it names none). */
  readonly mapId: string;
  /** The link's query string, to apply once the right map is open. */
  readonly search: string;
}

export interface LinkState {
  /** What the opening link's ids lost (unknown, too long, repeated, cut); empty when nothing. */
  readonly ignoredInLink: readonly IgnoredInLink[];
  readonly otherMapLink: OtherMapLink | null;
}

export interface LinkActions {
  reportLink(ignored: readonly IgnoredInLink[], otherMap: OtherMapLink | null): void;
  dismissLinkReport(): void;
}

export const createLinkSlice: StateCreator<AppStore, [], [], LinkState & LinkActions> = (set) => ({
  ignoredInLink: [],
  otherMapLink: null,
  reportLink: (ignored, otherMap) => set({ ignoredInLink: ignored, otherMapLink: otherMap }),
  dismissLinkReport: () => set({ ignoredInLink: [], otherMapLink: null }),
});

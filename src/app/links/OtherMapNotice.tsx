import type { CareerGraph } from "../../domain/careerGraph.ts";
import { BUNDLED_MAP_ID } from "../../domain/plan/mapIdentity.ts";
import { useAppStore } from "../../store/appStore.ts";
import { followLinkOnBundledMap } from "./connectLinks.ts";

/** Says that the opening link belongs to another map, and offers the bundled map instead of mixing ids. */
export function OtherMapNotice({ bundled }: { readonly bundled: CareerGraph | null }) {
  const link = useAppStore((state) => state.otherMapLink);
  const dismiss = useAppStore((state) => state.dismissLinkReport);
  if (link === null) return null;
  const forBundled = link.mapId === BUNDLED_MAP_ID;
  return (
    <div className="notice-banner" role="alert">
      <p>
        {forBundled
          ? "This link was made on the bundled map, not on the map shown, so its route and selection were not applied."
          : `This link was made on another map (${link.mapId.slice(0, 40)}), not on the map shown, so its route and selection were not applied. Open that map with Open map…, then the link again.`}{" "}
        {bundled && forBundled ? (
          <button
            type="button"
            className="link-button"
            onClick={() => followLinkOnBundledMap(link.search, bundled)}
          >
            Open the bundled map and follow the link
          </button>
        ) : null}{" "}
        <button type="button" className="link-button" onClick={dismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from "react";
import type { ValidationError } from "../../domain/format/validationError.ts";
import { PlacedErrors } from "../../ui/PlacedErrors.tsx";
import { dropMapLink, followMapLink, pendingMapLink } from "./connectLinks.ts";

/** Fetching and checking a linked map needs the validator: loaded only when the address names a map. */
const mapFetcher = () => import("./fetchMap.ts");

type Stage =
  | { readonly kind: "idle" }
  | { readonly kind: "asking"; readonly url: URL }
  | { readonly kind: "loading"; readonly url: URL }
  | { readonly kind: "opened"; readonly message: string }
  | { readonly kind: "failed"; readonly what: string; readonly errors: readonly ValidationError[] };

/**
 * Opens the map a `?map=` link names: this app's own files at once, another host's only after the person
 * agrees (docs/reliability.md R5, T20). Fetched and checked like a file; on any failure the reason shows,
 * the parameter leaves the address and the map shown stays (T19). Loaded only for such a link
 * (MapLinkLoader.tsx).
 */
export function MapLinkStages() {
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const started = useRef(false);

  const load = useCallback(async (url: URL) => {
    setStage({ kind: "loading", url });
    const { fetchCareerMap } = await mapFetcher();
    const result = await fetchCareerMap(url);
    if (!result.ok) {
      dropMapLink();
      setStage({ kind: "failed", what: url.href.slice(0, 120), errors: result.errors });
      return;
    }
    followMapLink(result.value);
    setStage({ kind: "opened", message: `Opened ${result.value.title} from ${url.host}.` });
  }, []);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const value = pendingMapLink();
    if (value === null) return;
    const fail = (message: string) => {
      dropMapLink();
      setStage({ kind: "failed", what: value.slice(0, 120), errors: [{ path: "(the link)", message }] });
    };
    mapFetcher().then(
      ({ mapLinkTarget }) => {
        const target = mapLinkTarget(value, window.location.origin);
        if (!target.ok) fail(target.message);
        else if (target.sameOrigin) void load(target.url);
        else setStage({ kind: "asking", url: target.url });
      },
      () => fail("the part of the app that opens linked maps could not be loaded; reload the page."),
    );
  }, [load]);

  if (stage.kind === "idle") return null;
  if (stage.kind === "opened")
    return (
      <p className="visually-hidden" role="status">
        {stage.message}
      </p>
    );
  if (stage.kind === "loading") {
    return (
      <div className="notice-banner" role="status">
        <p>Opening the career map from {stage.url.host}…</p>
      </div>
    );
  }
  if (stage.kind === "asking") {
    return (
      <div className="notice-banner" role="alert">
        <p>
          This link opens a career map from <strong>{stage.url.host}</strong>. Open it? Only the map file is
          fetched; nothing about you is sent.{" "}
          <button type="button" className="link-button" onClick={() => void load(stage.url)}>
            Open the map from {stage.url.host}
          </button>{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              dropMapLink();
              setStage({ kind: "idle" });
            }}
          >
            Keep the map shown
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="notice-banner" role="alert">
      <p>
        Couldn’t open the map from the link <code>{stage.what}</code>. The map shown before is unchanged.
      </p>
      <PlacedErrors errors={stage.errors} />
      <button type="button" className="link-button" onClick={() => setStage({ kind: "idle" })}>
        Dismiss
      </button>
    </div>
  );
}

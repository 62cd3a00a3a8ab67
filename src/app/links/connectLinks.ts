import type { CareerGraph } from "../../domain/careerGraph.ts";
import { ignoredInLink, LINK_PARAMS } from "../../domain/linkReport.ts";
import { BUNDLED_MAP_ID, mapKey } from "../../domain/plan/mapIdentity.ts";
import { useAppStore } from "../../store/appStore.ts";
import { isMapFromLink, markMapFromLink } from "./linkedMaps.ts";

/** Set when the person follows a held-back link on the bundled map: that load reports like an opening one. */
let following = false;

/** The parameter of a link that opens a map from the web (`?map=https://…`). */
export const MAP_LINK_PARAM = "map";

/**
 * The whole query of a `?map=` link, held while its map is fetched: its route question and node belong to
 * that map, so they stay out of the address until it arrives, instead of half-matching the map shown.
 */
let heldForMapLink: string | null = null;
let checkedForMapLink = false;

/** Once per page, before any map loads or the loader asks: sets a `?map=` link's question aside. */
function holdMapLink(): void {
  if (checkedForMapLink) return;
  checkedForMapLink = true;
  const start = new URLSearchParams(window.location.search);
  if (!start.has(MAP_LINK_PARAM)) return;
  heldForMapLink = window.location.search;
  for (const key of [...MAP_BOUND, LINK_PARAMS.mapId]) start.delete(key);
  replaceSearch(start);
}

/** The parameters that name ids of one map: applied to another map they would half-match. */
const MAP_BOUND = ["from", "to", "held", "via", "avoid", "route", LINK_PARAMS.node] as const;

function replaceSearch(params: URLSearchParams): void {
  const { location, history } = window;
  const search = params.toString();
  const url = `${location.pathname}${search === "" ? "" : `?${search}`}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`)
    history.replaceState(history.state, "", url);
}

/**
 * Keeps links whole: every map but the bundled one puts its identity in the address (`mapid`), so a copied
 * link says which map it belongs to. A link opened on another map has its question held back (and said so)
 * instead of half-matching ids; the first link opened also reports the ids it loses, and may select a node
 * (`node`), which then follows the selection. Must connect before the route question is read from the
 * address. Returns the function that disconnects it.
 */
export function connectLinks(bundled: CareerGraph | null): () => void {
  // The first map loaded is the one the opening link was made for, or an attempt to follow it.
  let opening = true;

  const arrive = (graph: CareerGraph, has: (id: string) => boolean) => {
    const params = new URLSearchParams(window.location.search);
    const id = mapKey(graph, bundled);
    // A `?map=` link without `mapid` was made for the map it opens.
    const fromLink = isMapFromLink(graph);
    const linkMap =
      params.get(LINK_PARAMS.mapId) ?? (fromLink && params.has(MAP_LINK_PARAM) ? id : BUNDLED_MAP_ID);
    const asks = MAP_BOUND.some((key) => params.has(key));
    const store = useAppStore.getState();
    if (linkMap !== id && asks) {
      if (opening) store.reportLink([], { mapId: linkMap, search: window.location.search });
      for (const key of MAP_BOUND) params.delete(key);
    } else if (opening || following) {
      store.reportLink(ignoredInLink(window.location.search, has), null);
      const node = params.get(LINK_PARAMS.node);
      if (node !== null && has(node)) store.focusNode(node);
    }
    if (!fromLink && heldForMapLink === null) params.delete(MAP_LINK_PARAM);
    if (id === BUNDLED_MAP_ID) params.delete(LINK_PARAMS.mapId);
    else params.set(LINK_PARAMS.mapId, id);
    replaceSearch(params);
    opening = false;
    following = false;
  };

  holdMapLink();
  return useAppStore.subscribe((state, previous) => {
    const index = state.index;
    if (index && state.mapLoads !== previous.mapLoads) {
      arrive(index.graph, (id) => index.nodeById.has(id));
    } else if (state.selectedId !== previous.selectedId) {
      const params = new URLSearchParams(window.location.search);
      if (state.selectedId === null) params.delete(LINK_PARAMS.node);
      else params.set(LINK_PARAMS.node, state.selectedId);
      replaceSearch(params);
    }
  });
}

/** Follows a link held back for another map on the bundled map, which it was made for. */
export function followLinkOnBundledMap(search: string, bundled: CareerGraph): void {
  const { location, history } = window;
  history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  useAppStore.getState().dismissLinkReport();
  following = true;
  useAppStore.getState().loadGraph(bundled);
}

/** The `?map=` value of the link the page was opened with, while it waits to be fetched. */
export function pendingMapLink(): string | null {
  holdMapLink();
  return heldForMapLink === null ? null : new URLSearchParams(heldForMapLink).get(MAP_LINK_PARAM);
}

/** Shows the map a `?map=` link fetched, with the link's own question and node put back in the address. */
export function followMapLink(graph: CareerGraph): void {
  const { location, history } = window;
  if (heldForMapLink !== null)
    history.replaceState(history.state, "", `${location.pathname}${heldForMapLink}${location.hash}`);
  heldForMapLink = null;
  markMapFromLink(graph);
  following = true;
  useAppStore.getState().loadGraph(graph);
}

/** Gives up a `?map=` link that failed or was declined: it leaves the address, the map shown stays. */
export function dropMapLink(): void {
  heldForMapLink = null;
  const params = new URLSearchParams(window.location.search);
  params.delete(MAP_LINK_PARAM);
  replaceSearch(params);
}

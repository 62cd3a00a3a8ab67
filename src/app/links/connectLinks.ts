import type { CareerGraph } from "../../domain/careerGraph.ts";
import { ignoredInLink, LINK_PARAMS } from "../../domain/linkReport.ts";
import { BUNDLED_MAP_ID, mapKey } from "../../domain/plan/mapIdentity.ts";
import { useAppStore } from "../../store/appStore.ts";

/** Set when the person follows a held-back link on the bundled map: that load reports like an opening one. */
let following = false;

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
    const linkMap = params.get(LINK_PARAMS.mapId) ?? BUNDLED_MAP_ID;
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
    if (id === BUNDLED_MAP_ID) params.delete(LINK_PARAMS.mapId);
    else params.set(LINK_PARAMS.mapId, id);
    replaceSearch(params);
    opening = false;
    following = false;
  };

  return useAppStore.subscribe((state, previous) => {
    const index = state.index;
    if (index && index !== previous.index) {
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

import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { loadRouteEngine } from "../src/store/routeEngine.ts";
import { preloadParts } from "../src/ui/lazyPart.ts";

// The app loads its lazy parts once the map is drawn; tests start from there, so parts render at once.
// tests/component/lazyPart.test.tsx covers a part that is still loading.
beforeAll(() => Promise.all([preloadParts(), loadRouteEngine()]));

afterEach(() => {
  cleanup();
});

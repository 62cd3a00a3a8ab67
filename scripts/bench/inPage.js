// Measuring helpers evaluated inside the page (the app or the bare Cytoscape page), as plain JavaScript so
// that nothing the TypeScript runner adds to functions ends up in the page. They install `window.__bench`.
// Pointer input is dispatched as DOM events on Cytoscape's top canvas, the same way on both pages, and a
// figure ends at the first frame that shows the feedback: the first frame Cytoscape draws after the input
// ("render" event), or, in the app on a large map, the frame after the highlight overlay drew ("highlightdraw").
(() => {
  const now = () => performance.now();
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(now())));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const cyOf = () => window.__cy;

  function longTasks() {
    const entries = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) entries.push([entry.startTime, entry.duration]);
    });
    observer.observe({ type: "longtask" });
    return {
      stop: async () => {
        // Long tasks are reported after they end; give the last one a moment to arrive.
        await sleep(100);
        observer.disconnect();
        return Math.max(0, ...entries.map(([, ms]) => ms));
      },
      /** The task that drew the frame ending at `at` (0 when it was not a long task), and the longest other. */
      around(at) {
        let frameTask = 0;
        let otherLongest = 0;
        for (const [start, ms] of entries) {
          if (start <= at && at <= start + ms) frameTask = Math.max(frameTask, ms);
          else otherLongest = Math.max(otherLongest, ms);
        }
        return { frameTask, otherLongest };
      },
    };
  }

  function nextRender(cy, timeout = 120000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no frame drawn")), timeout);
      cy.one("render", () => {
        clearTimeout(timer);
        resolve(now());
      });
    });
  }

  /** The first frame showing the feedback to an input: Cytoscape's next frame, or the overlay's next drawing. */
  function nextFeedback(cy, timeout = 120000) {
    return new Promise((resolve, reject) => {
      const done = (at) => {
        clearTimeout(timer);
        cy.off("render", rendered);
        cy.off("highlightdraw", drew);
        resolve(at);
      };
      const rendered = () => done(now());
      const drew = () => frame().then(done);
      const timer = setTimeout(() => reject(new Error("no feedback drawn")), timeout);
      cy.one("render", rendered);
      cy.one("highlightdraw", drew);
    });
  }

  function topCanvas(cy) {
    const canvases = cy.container().querySelectorAll("canvas");
    return canvases[canvases.length - 1];
  }

  function clientPoint(cy, rendered) {
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + rendered.x, y: box.top + rendered.y };
  }

  /** A mouse event as a person's: the button is held on a press and on the moves of a drag only. */
  function mouse(cy, type, point, dragging = false) {
    const init = {
      bubbles: true,
      cancelable: true,
      clientX: point.x,
      clientY: point.y,
      button: 0,
      buttons: type === "mousedown" || dragging ? 1 : 0,
    };
    topCanvas(cy).dispatchEvent(new MouseEvent(type, init));
  }

  /** Career nodes wholly inside the view, in a fixed order, so both pages pick the same ones. */
  function nodesInView(cy) {
    const ext = cy.extent();
    return cy
      .nodes()
      .filter((n) => n.data("careerId") !== undefined)
      .filter((n) => {
        const p = n.position();
        return p.x > ext.x1 + 80 && p.x < ext.x2 - 80 && p.y > ext.y1 + 40 && p.y < ext.y2 - 40;
      })
      .sort((a, b) => (a.id() < b.id() ? -1 : 1));
  }

  /** How long a button stays down in a click, roughly a person's. */
  const PRESS_MS = 80;

  /**
   * A click as a person makes it: the button goes down, and is released PRESS_MS later. Times count from the
   * release as it was due: a page still busy with what the press started answers the release late, and
   * that wait is part of the figure. Ends at the first frame showing the feedback after the release.
   */
  async function press(cy, point) {
    mouse(cy, "mousedown", point);
    const start = now() + PRESS_MS;
    await sleep(PRESS_MS);
    const drawn = nextFeedback(cy);
    mouse(cy, "mouseup", point);
    return { start, end: await drawn };
  }

  async function settle() {
    await sleep(400);
    await frame();
    await frame();
  }

  async function hover(pick) {
    const cy = cyOf();
    const node = nodesInView(cy)[pick];
    await settle();
    const tasks = longTasks();
    const start = now();
    const drawn = nextFeedback(cy);
    mouse(cy, "mousemove", clientPoint(cy, node.renderedPosition()));
    const end = await drawn;
    return { ms: end - start, longest: await tasks.stop(), id: node.id() };
  }

  function panelShows(label) {
    const heading = document.querySelector('.side-panel[data-mode="details"] h2');
    return heading?.textContent?.includes(label) ?? false;
  }

  async function click(pick, withPanel) {
    const cy = cyOf();
    const shown = nodesInView(cy);
    const node = shown[pick % shown.length];
    const point = clientPoint(cy, node.renderedPosition());
    // Leave the node first, so that the click is not mixed with a hover.
    mouse(cy, "mousemove", clientPoint(cy, { x: 4, y: 4 }));
    await settle();
    const tasks = longTasks();
    const label = node.data("label");
    let panelAt = Number.NaN;
    const panel = withPanel
      ? new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!panelShows(label)) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              panelAt = now();
              resolve();
            });
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        })
      : Promise.resolve();
    const { start, end } = await press(cy, point);
    await panel;
    return { mapMs: end - start, panelMs: panelAt - start, longest: await tasks.stop(), id: node.id() };
  }

  async function clear() {
    const cy = cyOf();
    await settle();
    const tasks = longTasks();
    const { start, end } = await press(cy, clientPoint(cy, { x: 6, y: 6 }));
    return { ms: end - start, longest: await tasks.stop() };
  }

  /** Draws a route: in the app through the store (as the route finder does), on the bare page by classes. */
  async function route(from, to) {
    const cy = cyOf();
    await settle();
    const tasks = longTasks();
    const start = now();
    // Routes are drawn on Cytoscape's canvas in both pages.
    const drawn = nextRender(cy);
    if (window.__careerMapStore) {
      const question = { from, to, held: [], via: [], avoid: [], objective: null, requirements: false };
      window.__careerMapStore.getState().askRoute(question);
    } else window.__drawRoute(window.__routeIds);
    const end = await drawn;
    const ids = cy
      .elements(".on-route")
      .map((e) => e.id())
      .sort();
    return { ms: end - start, longest: await tasks.stop(), ids };
  }

  /** Median time between frames while the wheel zooms in and out, then while a drag pans. */
  async function viewportFrames(steps = 16) {
    const cy = cyOf();
    await settle();
    const stamps = [];
    const centre = clientPoint(cy, { x: cy.width() / 2, y: cy.height() / 2 });
    for (let i = 0; i < steps; i++) {
      const deltaY = i < steps / 2 ? -60 : 60;
      topCanvas(cy).dispatchEvent(
        new WheelEvent("wheel", {
          bubbles: true,
          cancelable: true,
          deltaY,
          clientX: centre.x,
          clientY: centre.y,
        }),
      );
      stamps.push(await frame());
    }
    const at = clientPoint(cy, { x: 6, y: 6 });
    mouse(cy, "mousedown", at);
    for (let i = 0; i < steps; i++) {
      const dx = (i < steps / 2 ? 1 : -1) * 15 * Math.min(i + 1, steps - i);
      mouse(cy, "mousemove", { x: at.x + dx, y: at.y + dx / 2 }, true);
      stamps.push(await frame());
    }
    mouse(cy, "mouseup", at);
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
    gaps.sort((a, b) => a - b);
    return gaps[gaps.length >> 1];
  }

  /**
   * Hands the page a map's text ahead of opening it: passing 10 MB into the page is a long task of the
   * benchmark's own, which would otherwise be counted as the page's while opening.
   */
  function stage(text) {
    window.__benchText = text;
  }

  /** Opens the staged map through "Open map…" in the app, as a person would; resolves when it is drawn. */
  async function openApp(name, nodeCount) {
    const text = window.__benchText;
    const input = document.querySelector('input[type="file"]');
    const before = performance.getEntriesByName("career-map:first-draw").length;
    const old = window.__cy;
    const tasks = longTasks();
    const start = now();
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: "application/json" }));
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    for (;;) {
      await sleep(20);
      if (document.querySelector(".map-file-errors")) {
        return {
          ms: Number.NaN,
          longest: await tasks.stop(),
          error: document.querySelector(".map-file-errors li")?.textContent,
        };
      }
      const marks = performance.getEntriesByName("career-map:first-draw");
      const cy = window.__cy;
      const ready = cy && cy !== old && cy.container()?.getAttribute("data-map-ready") === "true";
      if (ready && marks.length > before && cy.nodes().length >= nodeCount) {
        const at = marks[marks.length - 1].startTime;
        return { ms: at - start, longest: await tasks.stop(), ...tasks.around(at) };
      }
    }
  }

  /** The bare page: the staged scene's elements, stylesheet, canvas size and viewport, straight into Cytoscape. */
  async function openBare() {
    const text = window.__benchText;
    const tasks = longTasks();
    const start = now();
    const scene = JSON.parse(text);
    const container = document.getElementById("cy");
    container.style.width = `${scene.width}px`;
    container.style.height = `${scene.height}px`;
    const cy = window.cytoscape({
      container,
      elements: scene.elements,
      style: scene.style,
      layout: { name: "preset", fit: false },
      zoom: scene.zoom,
      pan: scene.pan,
      minZoom: 0.08,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    window.__cy = cy;
    const selected = { node: null };
    cy.on("mouseover", "node", (e) => e.target.addClass("hovered"));
    cy.on("mouseout", "node", (e) => e.target.removeClass("hovered"));
    cy.on("tap", (e) => {
      cy.batch(() => {
        if (selected.node)
          selected.node.removeClass("selected").connectedEdges().removeClass("neighbour-edge");
        selected.node = e.target === cy ? null : e.target;
        if (selected.node) selected.node.addClass("selected").connectedEdges().addClass("neighbour-edge");
      });
    });
    window.__drawRoute = (ids) =>
      cy.batch(() => {
        for (const id of ids) cy.getElementById(id).addClass("on-route");
      });
    // 80,000 elements in one task take minutes on a loaded machine.
    const end = await nextRender(cy, 900000);
    return { ms: end - start, longest: await tasks.stop(), ...tasks.around(end) };
  }

  function domNodes() {
    return document.getElementsByTagName("*").length;
  }

  /** What the bare page needs to draw the app's scene. */
  function scene() {
    const cy = cyOf();
    const elements = cy
      .elements()
      .jsons()
      .map((e) => ({
        group: e.group,
        data: e.data,
        position: e.position,
        classes: (e.classes ?? "")
          .split(" ")
          .filter(
            (c) => !["hovered", "selected", "dimmed", "neighbour-edge", "on-route", "route-end"].includes(c),
          )
          .join(" "),
        selectable: e.selectable,
        grabbable: e.grabbable,
      }));
    // The app's large maps take pointer events off nodes and paths (it finds the node under the pointer
    // itself); the bare page keeps Cytoscape's own picking, as a page without that work would.
    const style = cy
      .style()
      .json()
      .map((rule) =>
        rule.selector === "node" || rule.selector === "edge"
          ? { ...rule, style: Object.fromEntries(Object.entries(rule.style).filter(([k]) => k !== "events")) }
          : rule,
      );
    return JSON.stringify({
      elements,
      style,
      width: cy.width(),
      height: cy.height(),
      zoom: cy.zoom(),
      pan: cy.pan(),
    });
  }

  async function clicks(count) {
    for (let i = 0; i < count; i++) await click(i * 3, false);
  }

  window.__bench = {
    stage,
    openApp,
    openBare,
    hover,
    click,
    clear,
    route,
    viewportFrames,
    domNodes,
    scene,
    clicks,
  };
})();

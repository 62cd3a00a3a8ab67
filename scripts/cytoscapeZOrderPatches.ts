import type { CytoscapePatch } from "./cytoscapePatch.ts";

/**
 * The renderer keeps its elements sorted into drawing order and sorted them all again whenever one
 * element's z-index, visibility or events changed: 90 ms on a 20,000-node map to draw a route, whose
 * dozen elements move up. These patches put just the moved elements back in place, by binary search in
 * the rest, which stay in order. The comparison is a total order (ties go by the element's place in the
 * graph), so the result is the order a full sort gives. The elements that take pointer events are found
 * again from scratch, as before. An element added or removed, or more than a quarter of them moved,
 * still sorts them all (docs/decisions/0025-faster-element-boxes.md).
 */
export const Z_ORDER_PATCHES: readonly CytoscapePatch[] = [
  {
    module: "extensions/renderer/base/index.mjs",
    find: `    || eventName === 'load'
    || eventName === 'zorder'
    || eventName === 'mount'
  ){
    r.invalidateCachedZSortedEles();
  }
`,
    replace: `    || eventName === 'load'
    || eventName === 'mount'
  ){
    r.invalidateCachedZSortedEles();
  }

  if( eventName === 'zorder' ){
    r.moveInCachedZSortedEles( eles );
  }
`,
  },
  {
    module: "extensions/renderer/base/coord-ele-math/z-ordering.mjs",
    find: `BRp.invalidateCachedZSortedEles = function(){
  this.cachedZSortedEles = null;
};
`,
    replace: `BRp.invalidateCachedZSortedEles = function(){
  this.cachedZSortedEles = null;
  this.zOrderMoved = null;
};

BRp.moveInCachedZSortedEles = function( eles ){
  var sorted = this.cachedZSortedEles;

  if( !sorted || eles == null ){
    this.invalidateCachedZSortedEles();
    return;
  }

  var moved = this.zOrderMoved || (this.zOrderMoved = new Set());

  for( var i = 0; i < eles.length; i++ ){
    moved.add( eles[i] );
  }

  if( moved.size * 4 > sorted.length ){
    this.invalidateCachedZSortedEles();
  }
};

BRp.resortMovedZSortedEles = function(){
  var moved = this.zOrderMoved;
  var old = this.cachedZSortedEles;
  var rest = [];
  var back = [];

  this.zOrderMoved = null;

  for( var i = 0; i < old.length; i++ ){
    if( moved.has( old[i] ) ){
      back.push( old[i] );
    } else {
      rest.push( old[i] );
    }
  }

  back.sort( zIndexSort );

  var eles = [];
  var next = 0;

  for( var i = 0; i < back.length; i++ ){
    var lo = next;
    var hi = rest.length;

    while( lo < hi ){
      var mid = (lo + hi) >>> 1;

      if( zIndexSort( rest[mid], back[i] ) < 0 ){ lo = mid + 1; } else { hi = mid; }
    }

    for( ; next < lo; next++ ){ eles.push( rest[next] ); }

    eles.push( back[i] );
  }

  for( ; next < rest.length; next++ ){ eles.push( rest[next] ); }

  eles.interactive = eles.filter(ele => ele.interactive());

  this.cachedZSortedEles = eles;

  this.updateCachedGrabbedEles();

  return eles;
};
`,
  },
  {
    module: "extensions/renderer/base/coord-ele-math/z-ordering.mjs",
    find: `  } else {
    eles = this.cachedZSortedEles;
  }
`,
    replace: `  } else if( this.zOrderMoved ){
    // a style not yet applied may move more elements: apply them all first, as a frame does before drawing
    this.cy.mutableElements().cleanStyle();

    eles = this.cachedZSortedEles ? this.resortMovedZSortedEles() : this.getCachedZSortedEles();
  } else {
    eles = this.cachedZSortedEles;
  }
`,
  },
];

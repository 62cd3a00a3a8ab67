interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): {
      createScriptURL(url: string): unknown;
    };
  };
}

/**
 * The page's Trusted Types policy allows one script URL sink: this app's own worker scripts, same origin
 * (scripts/csp.ts). A policy name can be created once per page, so every worker goes through this one.
 * Without Trusted Types in the browser the URL goes as it is.
 */
let policy: { createScriptURL(url: string): unknown } | null = null;
export function trustedWorkerUrl(url: string): string | URL {
  const tt = (window as unknown as TrustedTypesWindow).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy("career-map-worker", {
    createScriptURL: (value) => {
      const resolved = new URL(value, window.location.href);
      if (resolved.origin !== window.location.origin) throw new Error("worker script from elsewhere");
      return resolved.href;
    },
  });
  return policy.createScriptURL(url) as string;
}

import { type ComposeMessage, type ComposeReply, createComposition } from "./composeImage.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ComposeMessage>) => void) | null;
  postMessage(message: ComposeReply): void;
};

/**
 * Puts a large export together as its parts arrive and encodes it, off the page's thread: allocating the
 * canvas and encoding a PNG of tens of millions of pixels take seconds.
 */
let composition: ReturnType<typeof createComposition> | null = null;
scope.onmessage = async (event) => {
  const message = event.data;
  try {
    if (message.kind === "frame") composition = createComposition(message);
    else if (message.kind === "part") composition?.add(message);
    else if (composition) scope.postMessage({ blob: await composition.encode() });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : "The image could not be encoded." });
  }
};

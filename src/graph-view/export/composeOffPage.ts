import { trustedWorkerUrl } from "../../ui/trustedWorkerUrl.ts";
import {
  type ComposeMessage,
  type ComposeReply,
  createComposition,
  type ImageFrame,
  type ImagePart,
} from "./composeImage.ts";
import workerUrl from "./composeImage.worker.ts?worker&url";

export interface Composer {
  /** Hands a part over; the bitmap moves to the worker without copying. */
  add(part: ImagePart): void;
  encode(): Promise<Blob>;
  /** Ends the work and frees the image, for a cancelled or failed export. */
  discard(): void;
}

function startWorker(): Worker | null {
  try {
    return new Worker(trustedWorkerUrl(workerUrl), { type: "module", name: "compose-export" });
  } catch {
    return null;
  }
}

/** Where no worker can start, the page composes itself: the same code, in one long step at the end. */
function composeOnPage(frame: ImageFrame): Composer {
  const parts: ImagePart[] = [];
  return {
    add: (part) => parts.push(part),
    encode: async () => {
      const composition = createComposition(frame);
      for (const part of parts.splice(0)) composition.add(part);
      return composition.encode();
    },
    discard: () => {
      for (const part of parts.splice(0)) part.image.close();
    },
  };
}

/**
 * A composer in a worker: the image's canvas lives there, parts are drawn onto it as they arrive, and the
 * encoding (seconds for a large PNG) runs there too, so none of it blocks the page.
 */
export function openComposer(frame: ImageFrame): Composer {
  const worker = startWorker();
  if (!worker) return composeOnPage(frame);
  let failure: Error | null = null;
  let settle: ((reply: ComposeReply) => void) | null = null;
  const send = (message: ComposeMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  worker.onmessage = (event: MessageEvent<ComposeReply>) => {
    worker.terminate();
    if (settle) settle(event.data);
    else if ("error" in event.data) failure = new Error(event.data.error);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    const error = event.message || "The image could not be encoded.";
    if (settle) settle({ error });
    else failure = new Error(error);
  };
  send({ kind: "frame", ...frame });
  return {
    add: (part) => {
      if (failure) throw failure;
      send({ kind: "part", ...part }, [part.image]);
    },
    encode: () =>
      new Promise<Blob>((resolve, reject) => {
        if (failure) return reject(failure);
        settle = (reply) => ("blob" in reply ? resolve(reply.blob) : reject(new Error(reply.error)));
        send({ kind: "encode" });
      }),
    discard: () => worker.terminate(),
  };
}

import { downloadBlob } from "../../ui/downloadBlob.ts";
import { byteSize } from "./byteSize.ts";

/**
 * Makes the file and downloads it, returning the message for people. An empty result is a failure and is
 * never saved: a broken image file is worse than a clear "nothing was saved".
 */
export async function saveExport(make: () => Promise<Blob>, fileName: string): Promise<string> {
  const blob = await make();
  if (blob.size === 0) throw new Error("The export came out empty. Try a smaller scale.");
  downloadBlob(blob, fileName);
  return `Saved ${fileName} (${byteSize(blob.size)}).`;
}

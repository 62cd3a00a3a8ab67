import { downloadBlob } from "../../ui/downloadBlob.ts";

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Makes the file and downloads it, returning the message for people. An empty result is a failure and is
 * never saved: a broken image file is worse than a clear "nothing was saved".
 */
export async function saveExport(make: () => Promise<Blob>, fileName: string): Promise<string> {
  const blob = await make();
  if (blob.size === 0) throw new Error("The export came out empty. Try a smaller scale.");
  downloadBlob(blob, fileName);
  return `Saved ${fileName} (${sizeText(blob.size)}).`;
}

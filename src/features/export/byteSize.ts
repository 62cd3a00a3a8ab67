/** A file size for people: "740 KB", "101.2 MB". */
export function byteSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** An estimate, rounded to what an estimate can say: "about 100 MB", "about 740 KB". */
export function aboutByteSize(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  if (mb < 1) return `about ${Math.max(10, Math.round(bytes / 1024 / 10) * 10)} KB`;
  return `about ${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

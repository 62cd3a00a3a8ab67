/** Pixel size and kind of a PNG or JPEG file, read from its header (PNG IHDR, JPEG SOF); null for anything else. */
export function imageSize(bytes: Uint8Array): { kind: "png" | "jpeg"; width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 24 && png.every((byte, i) => bytes[i] === byte)) {
    // The first chunk must be IHDR: width and height are its first two big-endian 32-bit fields.
    const chunk = String.fromCharCode(...bytes.subarray(12, 16));
    return chunk === "IHDR" ? { kind: "png", width: view.getUint32(16), height: view.getUint32(20) } : null;
  }
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Start-of-frame markers C0–CF, except DHT (C4), JPG (C8) and DAC (CC), carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { kind: "jpeg", height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    const standalone = marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);
    at += standalone ? 2 : 2 + view.getUint16(at + 2);
  }
  return null;
}

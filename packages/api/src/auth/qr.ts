import { encode } from "uqr";

/** A QR code as one SVG path: `size` modules square, each dark module a unit square. */
export type QrCode = { size: number; path: string };

/**
 * Draws the QR code of a text (here the otpauth address) as path data the page puts in an
 * inline <svg>: no image request, nothing leaves the server, and it scales without blur.
 */
export function qrCode(text: string): QrCode {
  const { size, data } = encode(text, { ecc: "M", border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size, path: parts.join("") };
}

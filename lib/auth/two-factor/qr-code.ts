import QRCode from "qrcode";
import type { QrCodeShape } from "./dto";

// The enrolment QR code as one SVG path of dark modules, so the page draws it
// as ordinary JSX: no raw HTML, and no data: image for the CSP to allow.

const QUIET_ZONE = 2;

export function qrCodeShape(text: string): QrCodeShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const segments: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) segments.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + QUIET_ZONE * 2, path: segments.join("") };
}

import type { QrCodeShape } from "@/lib/auth/two-factor/dto";

/** The enrolment QR code, drawn from its module path; the secret beside it is the text alternative. */
export function QrCode({ shape, label }: { shape: QrCodeShape; label: string }) {
  return (
    <svg
      className="security-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      width={shape.size * 6}
      height={shape.size * 6}
      shapeRendering="crispEdges"
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  );
}

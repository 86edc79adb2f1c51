// What the account-security page and the sign-in's second step show. Dates
// are ISO strings so the DTOs cross into client components unchanged.

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface TwoFactorStatus {
  /** An authenticator app is confirmed. */
  totp: boolean;
  passkeys: PasskeySummary[];
  /** Unused recovery codes left. */
  recoveryCodesLeft: number;
  /** The site requires two-factor sign-in for this account's role. */
  requiredForRole: boolean;
}

/** A QR code as an SVG path on a square grid of `size` modules (rendered without raw HTML). */
export interface QrCodeShape {
  size: number;
  path: string;
}

export interface TotpEnrolment {
  /** Base32, grouped in fours for typing into an app by hand. */
  secret: string;
  uri: string;
  qrCode: QrCodeShape;
}

export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** Which second factors an account can use at sign-in. */
export interface SecondFactorMethods {
  totp: boolean;
  passkey: boolean;
}

export const hasTwoFactor = (status: Pick<TwoFactorStatus, "totp" | "passkeys">) =>
  status.totp || status.passkeys.length > 0;

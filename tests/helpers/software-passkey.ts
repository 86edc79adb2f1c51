import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

// A passkey made in software: an ES256 key pair that answers WebAuthn
// sign-in challenges exactly as an authenticator would, so the server's real
// verification (@simplewebauthn/server) runs in integration tests without a
// browser. Like synced passkeys, it keeps no signature counter (always 0).

export interface SoftwarePasskey {
  credentialId: string;
  /** The COSE public key, as the Passkey row stores it. */
  publicKey: Uint8Array<ArrayBuffer>;
  /** The browser's answer (AuthenticationResponseJSON, serialised) to a challenge for this origin. */
  answer: (challenge: string, origin: string) => string;
}

const base64url = (bytes: Buffer) => bytes.toString("base64url");

function coseKey(publicKey: KeyObject): Uint8Array<ArrayBuffer> {
  const jwk = publicKey.export({ format: "jwk" });
  // kty EC2 (1: 2), alg ES256 (3: -7), curve P-256 (-1: 1), x (-2), y (-3).
  const map = new Map<number, number | Uint8Array>([
    [1, 2],
    [3, -7],
    [-1, 1],
    [-2, Buffer.from(jwk.x!, "base64url")],
    [-3, Buffer.from(jwk.y!, "base64url")],
  ]);
  return new Uint8Array(isoCBOR.encode(map));
}

export function makeSoftwarePasskey(): SoftwarePasskey {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const credentialId = base64url(randomBytes(16));
  return {
    credentialId,
    publicKey: coseKey(publicKey),
    answer(challenge, origin) {
      const rpId = new URL(origin).hostname;
      const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin }));
      // rpIdHash, flags (user present and verified), signature counter 0.
      const authenticatorData = Buffer.concat([
        createHash("sha256").update(rpId).digest(),
        Buffer.from([0x05]),
        Buffer.alloc(4),
      ]);
      const signed = Buffer.concat([authenticatorData, createHash("sha256").update(clientDataJSON).digest()]);
      return JSON.stringify({
        id: credentialId,
        rawId: credentialId,
        type: "public-key",
        response: {
          clientDataJSON: base64url(clientDataJSON),
          authenticatorData: base64url(authenticatorData),
          signature: base64url(sign("sha256", signed, privateKey)),
        },
        clientExtensionResults: {},
      });
    },
  };
}

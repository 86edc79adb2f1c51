import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum.

export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  // Hash anyway when there is no stored hash, so an unknown account takes as
  // long to refuse as a wrong password.
  if (!storedHash) {
    await hash(password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

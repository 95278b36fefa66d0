// Passwords are stored as argon2id PHC strings (docs/decisions/008-editor-accounts.md for the package and
// parameters). Verification of an unknown account still costs one hash, so timing does not reveal accounts.
import { hash, verify } from "@node-rs/argon2";

/** OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): about 40 ms on this machine's cores. */
// algorithm 2 is argon2id (the package exports it as a const enum, which isolated modules cannot read).
const PARAMETERS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `the password must be at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `the password must be at most ${PASSWORD_MAX} characters`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

// A hash of a random password: what an unknown account's sign-in is checked against.
let decoy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hashPassword(crypto.randomUUID());
    await verify(await decoy, password);
    return false;
  }
  return verify(stored, password);
}

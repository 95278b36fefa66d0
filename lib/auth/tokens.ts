// Secrets handed to a browser or printed in a link: 256 random bits; the database keeps only their sha256,
// so a copy of the database signs nobody in.
import { createHash, randomBytes } from "node:crypto";

export const newToken = (): string => randomBytes(32).toString("base64url");

export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("hex");

// One line for an error report: the first line of an error's message that says something. Prisma's messages
// start with an empty line, so the first line alone left reports such as "error: file.txt: " with no reason.
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").map((line) => line.trim()).find(Boolean) ?? (error instanceof Error ? error.name : "unknown error");
}

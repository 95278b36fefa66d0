// Whole answers kept in memory for one record version, most recently used last, within a byte budget of
// Buffers (outside the JavaScript heap, like the read cache of decision 004): a new version empties the store.
export type StoredAnswer = {
  status: number;
  /** Headers to send as they are (lower-case names), without the caching and encoding headers set per response. */
  headers: Record<string, string>;
  body: Buffer;
  /** The body gzipped, when that is smaller enough to be worth it. */
  gzip: Buffer | null;
  etag: string;
};

const sizeOf = (answer: StoredAnswer) => answer.body.length + (answer.gzip?.length ?? 0) + 512;

export class PageStore {
  #version = "";
  readonly #answers = new Map<string, StoredAnswer>();
  #bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxAnswerBytes: number,
  ) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#answers.size;
  }

  /** The answer kept for `key` at `version`; a different version than the store's empties it. */
  get(version: string, key: string): StoredAnswer | undefined {
    this.#use(version);
    const answer = this.#answers.get(key);
    if (!answer) return undefined;
    this.#answers.delete(key);
    this.#answers.set(key, answer);
    return answer;
  }

  /** Keeps `answer` unless it is larger than one answer may be; the least recently used go to make room. */
  put(version: string, key: string, answer: StoredAnswer): boolean {
    this.#use(version);
    if (sizeOf(answer) > this.maxAnswerBytes) return false;
    this.#forget(key);
    this.#answers.set(key, answer);
    this.#bytes += sizeOf(answer);
    for (const [oldest, kept] of this.#answers) {
      if (this.#bytes <= this.maxBytes) break;
      this.#answers.delete(oldest);
      this.#bytes -= sizeOf(kept);
    }
    return true;
  }

  #forget(key: string): void {
    const answer = this.#answers.get(key);
    if (!answer) return;
    this.#answers.delete(key);
    this.#bytes -= sizeOf(answer);
  }

  #use(version: string): void {
    if (version === this.#version) return;
    this.#answers.clear();
    this.#bytes = 0;
    this.#version = version;
  }
}

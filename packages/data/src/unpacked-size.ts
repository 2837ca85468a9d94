/**
 * A limit on what a ZIP archive (a .docx document, an .xlsx sheet) unpacks to, checked before mammoth or ExcelJS
 * unpack it: a few kilobytes of deflate can hold gigabytes of zeros (a "ZIP bomb"), which would otherwise fill the
 * memory of the page or the process before anything could say what is wrong.
 */

/**
 * How many times its input limit an archive may unpack to. Real documents and sheets unpack to 3–10 times their
 * size (XML compresses well); a ZIP bomb to a thousand times.
 */
export const UNPACK_RATIO = 10;

/** The most bytes an archive may unpack to when nothing else is said: {@link UNPACK_RATIO} × 20 MiB. */
export const DEFAULT_MAX_UNPACKED_BYTES = UNPACK_RATIO * 20 * 1024 * 1024;

/** JSZip's StreamHelper, as far as it is used here. */
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', listener: (error: Error) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/** Thrown by {@link checkUnpackedSize} for an archive that unpacks to more than the limit. */
export class ArchiveTooLargeError extends Error {
  constructor(
    /** The limit, in bytes. */
    readonly limit: number,
  ) {
    super(`unpacks to more than ${limit.toLocaleString('en')} bytes, the limit for an archive`);
    this.name = 'ArchiveTooLargeError';
  }
}

/**
 * Unpacks every entry of the archive as a stream, counting its bytes, and stops as soon as the total passes
 * `limit`: the sizes an archive declares can lie, what it unpacks to cannot. At most `limit` bytes (and one chunk)
 * are unpacked, and none is kept.
 *
 * @throws ArchiveTooLargeError when the archive unpacks to more than `limit` bytes; the archive reader's own error
 *   when the bytes are not a readable ZIP.
 */
export async function checkUnpackedSize(bytes: Uint8Array, limit: number): Promise<void> {
  const { default: JSZip } = await import('jszip');
  const archive = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const entry of Object.values(archive.files)) {
    if (entry.dir) continue;
    await new Promise<void>((resolve, reject) => {
      // internalStream is documented (stuk.github.io/jszip) but missing from JSZip's types.
      const stream = (entry as typeof entry & { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > limit) {
            stream.pause();
            reject(new ArchiveTooLargeError(limit));
          }
        })
        .on('error', reject)
        .on('end', () => resolve())
        .resume();
    });
  }
}

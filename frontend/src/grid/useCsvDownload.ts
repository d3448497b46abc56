/**
 * The toolbar's "Download as CSV": every row in the shown order, the shown columns, raw
 * values. A paged frame is fetched in requests of at most MAX_REQUEST rows, streamed into the
 * file without filling the page cache; the button shows the progress.
 */
import { useCallback, useState } from "react";
import type { Value } from "./arrow";
import type { GridColumn } from "./columns";
import { csvLine, csvName, download } from "./csv";
import { rawText } from "./display";
import type { GridData } from "./useGridData";

export function useCsvDownload(
  columns: GridColumn[],
  data: GridData,
): { download: () => void; progress: string | null } {
  const [progress, setProgress] = useState<string | null>(null);
  const run = useCallback(() => {
    void (async () => {
      const lines = [csvLine(columns.map((c) => c.title))];
      try {
        const cache = data.cache;
        if (cache) {
          setProgress("0%");
          let done = 0;
          for await (const frame of cache.chunks()) {
            for (let i = 0; i < frame.numRows; i++) {
              lines.push(csvLine(columns.map((c) => rawText(c, frame.value(c.field, i)))));
            }
            done += frame.numRows;
            setProgress(`${Math.floor((done / cache.total) * 100)}%`);
          }
        } else {
          for (let r = 0; r < data.rows; r++) {
            lines.push(
              csvLine(columns.map((c) => rawText(c, (data.value(c, r) ?? null) as Value))),
            );
          }
        }
        download(`\ufeff${lines.join("\r\n")}\r\n`, csvName());
      } finally {
        setProgress(null);
      }
    })();
  }, [columns, data]);
  return { download: run, progress };
}

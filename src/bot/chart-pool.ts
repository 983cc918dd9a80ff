// Where charts are drawn. In the bot, on a small pool of worker threads (piscina) sized to the
// machine, behind a bounded queue: a burst of people never holds the main thread, which only
// answers, acknowledges and sends, and memory is bounded by the queue, not by the burst. When the
// queue is full the reply goes out without its chart, and says so, rather than late. With no
// threads (CHART_THREADS=0, the console, the tests) a chart is drawn in the process, its PNG
// encoded on libuv's pool.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { altText } from "../render/chart/alt.js";
import type { Chart } from "../render/chart/chart-model.js";
import type { ChartModel } from "../render/chart/model.js";

/** Draws a chart, or says it can't now ("busy": the queue is full). */
export interface ChartDrawer {
  draw(model: ChartModel): Promise<Chart | "busy">;
  close(): Promise<void>;
}

/** Drawing in this process: what the console and the tests use, and the bench's baseline. */
export const inProcessDrawer: ChartDrawer = {
  async draw(model) {
    // Loaded on first use: a bot drawing on worker threads never loads the canvas here.
    const { drawChartAsync } = await import("../render/chart/draw.js");
    return { name: model.name, png: await drawChartAsync(model), alt: altText(model) };
  },
  async close() {},
};

/** "auto": one thread per core but one (the main thread's), at least one. */
export function chartThreads(setting: number | "auto"): number {
  return setting === "auto" ? Math.max(1, availableParallelism() - 1) : setting;
}

/** What a worker pool may be told beyond its size: the task's file, and who hears of a failed thread. */
export interface WorkerOptions {
  task?: URL;
  onThreadError?: (err: unknown) => void;
}

const DRAW_TASK = new URL("../render/chart/draw-task.js", import.meta.url);

/** Charts drawn on `threads` worker threads, at most `queue` waiting for one. */
export function workerDrawer(threads: number, queue: number, options: WorkerOptions = {}): ChartDrawer {
  const pool = new Piscina<ChartModel, Uint8Array>({
    filename: (options.task ?? DRAW_TASK).href,
    minThreads: 0,
    maxThreads: threads,
    maxQueue: queue,
    // An idle bot gives the threads' memory back.
    idleTimeout: 30_000,
    // A canvas's pixels are freed by a finalizer, which runs on the thread's event loop: with
    // piscina's default Atomics wait between tasks that loop never turns, and a busy pool leaked
    // about 6 MB per chart. Waiting for tasks on the event loop lets the finalizers run.
    atomics: "disabled",
    // Below the main thread, which acknowledges and answers: a chart can wait, an acknowledgement can't.
    niceIncrement: 10,
  });
  // A thread whose module can't load (a missing native canvas, say) never settles its task: piscina
  // emits "error" on the pool instead, which unheard would take the bot down. Heard, it breaks the
  // pool for good (the module won't load next time either) and every chart is drawn in the process.
  let broken = false;
  const poolFailed = new Promise<never>((_, reject) => {
    pool.on("error", (err: unknown) => {
      broken = true;
      options.onThreadError?.(err);
      reject(err);
      void pool.destroy().catch(() => {});
    });
  });
  poolFailed.catch(() => {});
  return {
    async draw(model) {
      if (broken) return inProcessDrawer.draw(model);
      if (pool.queueSize >= queue) return "busy";
      let png: Uint8Array;
      try {
        png = await Promise.race([pool.run(model), poolFailed]);
      } catch (err) {
        // A task that threw, or a thread that died, must not cost the reply: draw it here instead.
        if (!broken) options.onThreadError?.(err);
        return inProcessDrawer.draw(model);
      }
      return {
        name: model.name,
        png: Buffer.from(png.buffer, png.byteOffset, png.byteLength),
        alt: altText(model),
      };
    },
    close: () => (broken ? Promise.resolve() : pool.destroy()),
  };
}

/** The drawer for a CHART_THREADS setting: worker threads, or none (0). */
export function chartDrawer(
  setting: number | "auto",
  queue: number,
  onThreadError?: (err: unknown) => void,
): ChartDrawer {
  const threads = chartThreads(setting);
  return threads === 0 ? inProcessDrawer : workerDrawer(threads, queue, { onThreadError });
}

/**
 * One gateway socket (Connection: JSON or zlib-compressed sends, server-side close) and one session
 * (Session: sequence numbers and the buffer of dispatched events a RESUME replays).
 */
import { createDeflate, type Deflate, deflateSync, constants as zlibConstants } from "node:zlib";
import { WebSocket } from "ws";
import { type GatewayPayload, type IdentifyRecord, Op } from "./gateway-protocol.js";

export class Connection {
  session: Session | null = null;
  readonly opened = Date.now();
  private deflate: Deflate | null = null;
  private pending: Buffer[] = [];
  identifyCompress = false;
  commandTimes: number[] = [];
  closed = false;

  constructor(
    readonly id: number,
    readonly ws: WebSocket,
    compression: "zlib-stream" | null,
    private readonly onSent: (p: GatewayPayload) => void,
  ) {
    if (compression === "zlib-stream") {
      this.deflate = createDeflate({ chunkSize: 65535 });
      this.deflate.on("data", (chunk: Buffer) => this.pending.push(chunk));
    }
  }

  send(payload: GatewayPayload): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    this.onSent(payload);
    const json = JSON.stringify(payload);
    if (this.deflate) {
      const deflate = this.deflate;
      deflate.write(json);
      deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
        const out = Buffer.concat(this.pending);
        this.pending = [];
        if (out.length && this.ws.readyState === WebSocket.OPEN) this.ws.send(out, { binary: true });
      });
    } else if (this.identifyCompress && payload.op === Op.Dispatch) {
      this.ws.send(deflateSync(json), { binary: true });
    } else {
      this.ws.send(json);
    }
  }

  closedByServer = false;

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.closedByServer = true;
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
    this.deflate?.close();
  }
}

export class Session {
  seq = 0;
  /** Everything dispatched, for replay on RESUME. */
  readonly events: GatewayPayload[] = [];
  connection: Connection | null = null;
  invalid = false;
  constructor(
    readonly id: string,
    readonly identify: IdentifyRecord,
  ) {}

  dispatch(t: string, d: unknown): number {
    const s = ++this.seq;
    const payload: GatewayPayload = { op: Op.Dispatch, t, s, d };
    this.events.push(payload);
    if (this.events.length > 5000) this.events.shift();
    this.connection?.send(payload);
    return s;
  }
}

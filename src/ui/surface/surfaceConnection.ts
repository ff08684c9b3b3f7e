/**
 * The figure's one connection to the surface worker, made to outlive React's StrictMode in the way
 * trainerConnection.ts is: the holder is cheap and worker-less, `open()` (from an effect) starts a
 * SurfaceClient and sends it the data last set, `close()` (the effect's cleanup) disposes it.
 *
 * It also remembers what was last sent and when (for sliceSchedule's throttling), and shows only
 * grids of requests made since the data last changed: the client keeps its last grid across
 * `setData`, and a surface of the previous data set must not be drawn under the new run's path.
 */
import { SurfaceClient } from '../../worker/surfaceClient';
import type { SurfaceData, SurfaceRequest } from '../../worker/surfaceProtocol';
import type { SurfaceGrid } from './sliceSchedule';
import { isAnswered } from './sliceSchedule';

export interface SliceView {
  /** The newest grid for the current data, or null. */
  readonly grid: SurfaceGrid | null;
  readonly error: string | null;
  /** Incremented by every change of data: a grid kept from before belongs to other data. */
  readonly dataVersion: number;
}

const EMPTY: SliceView = { grid: null, error: null, dataVersion: 0 };

export class SurfaceConnection {
  private client: SurfaceClient | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();
  private data: SurfaceData | null = null;
  private dataVersion = 0;
  private sinceData = new WeakSet<SurfaceRequest>();
  private sent: { request: SurfaceRequest; at: number; answeredAt: number | null } | null = null;
  private view: SliceView = EMPTY;
  private viewSource: unknown = null;

  constructor(
    private readonly createClient: () => SurfaceClient = () => new SurfaceClient(),
    private readonly now: () => number = () => performance.now(),
  ) {}

  open(): void {
    if (this.client) return;
    const client = this.createClient();
    this.client = client;
    this.unsubscribe = client.subscribe(this.clientChanged);
    if (this.data) client.setData(this.data);
    this.sent = null;
    this.emit();
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.client?.dispose();
    this.client = null;
    this.sent = null;
    this.emit();
  }

  /** New data or features (a new run): the next request is computed on them. */
  setData(data: SurfaceData): void {
    if (data === this.data) return;
    this.data = data;
    this.dataVersion++;
    this.sinceData = new WeakSet();
    this.sent = null;
    this.client?.setData(data);
    this.emit();
  }

  send(request: SurfaceRequest): void {
    if (!this.client) return;
    this.sinceData.add(request);
    this.sent = { request, at: this.now(), answeredAt: null };
    this.client.request(request);
  }

  /**
   * The last request sent since the data changed, when, and when its full grid (or a failure)
   * came back; null before the first.
   */
  get lastSent(): {
    readonly request: SurfaceRequest;
    readonly at: number;
    readonly answeredAt: number | null;
  } | null {
    return this.sent;
  }

  readonly getView = (): SliceView => {
    const source = this.client?.getView() ?? null;
    if (source !== this.viewSource || this.view.dataVersion !== this.dataVersion) {
      this.viewSource = source;
      const current =
        source?.values && source.contours && source.request && this.sinceData.has(source.request)
          ? {
              request: source.request,
              values: source.values,
              size: source.size,
              coarse: source.coarse,
              contours: source.contours,
            }
          : null;
      this.view = {
        // The client's view is replaced on every change, so its values do not change under us.
        grid: current,
        error: source?.error ?? null,
        dataVersion: this.dataVersion,
      };
    }
    return this.view;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The client has news: note when the last request was answered, then tell the figure. */
  private readonly clientChanged = (): void => {
    const view = this.getView();
    const sent = this.sent;
    if (sent && sent.answeredAt === null && isAnswered(sent.request, view.grid, view.error)) {
      this.sent = { ...sent, answeredAt: this.now() };
    }
    this.emit();
  };

  private readonly emit = (): void => {
    for (const listener of this.listeners) listener();
  };
}

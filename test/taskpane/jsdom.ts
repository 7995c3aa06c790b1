// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow long text; layout is
// not what these tests check, so an observer that never fires stands in.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// jsdom lacks TextEncoder and TextDecoder, which the fake Excel host (a sync's response size) and the xlsx package use.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
